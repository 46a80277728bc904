// Links papers to their authors, keeping the author order. $rows: [{paperId, id, name, position}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (a:Author {id: row.id})
SET a.name = row.name
MERGE (p)-[r:AUTHORED_BY]->(a)
SET r.position = row.position
