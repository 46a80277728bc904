// Nodes of any label by id, with their display names (a paper's title, any other node's name), in id order.
// $ids: [string], without duplicates.
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
RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Paper', 'Method', 'Dataset', 'Topic', 'Model', 'Organization', 'Author']][0] AS label,
       coalesce(n.title, n.name) AS name
ORDER BY id
