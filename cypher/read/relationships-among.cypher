// Every relationship of the graph with both ends among the given nodes, each once, as its type and the ids of
// its start and end nodes. $ids: [string], without duplicates.
UNWIND $ids AS nodeId
CALL (nodeId) {
  MATCH (n:Paper {id: nodeId}) RETURN n
  UNION
  MATCH (n:Method {id: nodeId}) RETURN n
  UNION
  MATCH (n:Dataset {id: nodeId}) RETURN n
  UNION
  MATCH (n:Topic {id: nodeId}) RETURN n
  UNION
  MATCH (n:Model {id: nodeId}) RETURN n
  UNION
  MATCH (n:Organization {id: nodeId}) RETURN n
  UNION
  MATCH (n:Author {id: nodeId}) RETURN n
}
MATCH (n)-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL|VARIANT_OF|PUBLISHED_BY|AUTHORED_BY]-(m)
WHERE m.id IN $ids
RETURN DISTINCT type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId
