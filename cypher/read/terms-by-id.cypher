// Terms (Method, Dataset, Topic or Model nodes) by id, in id order; unknown ids are left out. Each id is looked
// up through the id constraint of each term label. $ids: [string], without duplicates.
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
RETURN e {.id, .name, .aliases, .description, kind: [l IN labels(e) WHERE l IN ['Method', 'Dataset', 'Topic', 'Model']][0], parentId: [(e)-[:VARIANT_OF]->(parentTerm) | parentTerm.id][0]} AS term
ORDER BY e.id
