// The number of papers linked to each of the given terms; unknown ids are left out. $ids: [string], without
// duplicates.
UNWIND $ids AS termId
CALL (termId) {
  MATCH (e:Method {id: termId}) RETURN e
  UNION
  MATCH (e:Dataset {id: termId}) RETURN e
  UNION
  MATCH (e:Topic {id: termId}) RETURN e
  UNION
  MATCH (e:Model {id: termId}) RETURN e
}
RETURN e.id AS id, COUNT { (e)<-[:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]-(:Paper) } AS papers
