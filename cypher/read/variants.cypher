// The direct variants of the given terms (terms with a VARIANT_OF relationship to one of them), in id order.
// $ids: [string], without duplicates.
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (parent:Method {id: parentId}) RETURN parent
  UNION
  MATCH (parent:Dataset {id: parentId}) RETURN parent
  UNION
  MATCH (parent:Topic {id: parentId}) RETURN parent
  UNION
  MATCH (parent:Model {id: parentId}) RETURN parent
}
MATCH (parent)<-[:VARIANT_OF]-(e)
RETURN e {.id, .name, .aliases, .description, kind: [l IN labels(e) WHERE l IN ['Method', 'Dataset', 'Topic', 'Model']][0], parentId: [(e)-[:VARIANT_OF]->(parentTerm) | parentTerm.id][0]} AS term
ORDER BY e.id
