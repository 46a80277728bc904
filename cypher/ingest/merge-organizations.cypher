// Links papers to the organizations that published them. $rows: [{paperId, id, name}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (o:Organization {id: row.id})
SET o.name = row.name
MERGE (p)-[:PUBLISHED_BY]->(o)
