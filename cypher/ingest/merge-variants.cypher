// Links each term to its parent with VARIANT_OF, replacing any earlier parent.
// $rows: [{id: string, parentId: string}]
UNWIND $rows AS row
MATCH (child {id: row.id})
WHERE child:Method OR child:Dataset OR child:Topic OR child:Model
OPTIONAL MATCH (child)-[old:VARIANT_OF]->()
DELETE old
WITH DISTINCT row, child
MATCH (parent {id: row.parentId})
WHERE parent:Method OR parent:Dataset OR parent:Topic OR parent:Model
MERGE (child)-[:VARIANT_OF]->(parent)
