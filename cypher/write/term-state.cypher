// The stored state of terms a write refers to: the kind (label) each id is stored under and its ancestors along
// VARIANT_OF, nearest first, so the store can reject a link or a parent of the wrong kind and a cycle of variants
// before writing. Unknown ids are left out. $ids: [string], without duplicates.
UNWIND $ids AS termId
CALL (termId) {
  MATCH (e:Method {id: termId}) RETURN e, 'Method' AS kind
  UNION
  MATCH (e:Dataset {id: termId}) RETURN e, 'Dataset' AS kind
  UNION
  MATCH (e:Topic {id: termId}) RETURN e, 'Topic' AS kind
  UNION
  MATCH (e:Model {id: termId}) RETURN e, 'Model' AS kind
}
RETURN termId AS id, kind,
       COLLECT { MATCH path = (e)-[:VARIANT_OF*1..64]->(ancestor) RETURN ancestor.id ORDER BY length(path) } AS ancestors
