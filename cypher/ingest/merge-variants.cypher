// Sets each term's parent (VARIANT_OF), replacing any earlier one; a row whose parentId is null leaves the term
// without a parent. A variant has the kind of its parent, so both ends carry the label substituted for __LABEL__
// (Method, Dataset, Topic or Model, from a fixed list). $rows: [{id: string, parentId: string|null}]
UNWIND $rows AS row
MATCH (child:__LABEL__ {id: row.id})
CALL (child) {
  MATCH (child)-[old:VARIANT_OF]->()
  DELETE old
}
WITH row, child
MATCH (parent:__LABEL__ {id: row.parentId})
MERGE (child)-[:VARIANT_OF]->(parent)
