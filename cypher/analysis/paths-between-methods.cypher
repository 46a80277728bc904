// Paths between two methods: every shortest path (at most 6 hops, any relationship of the graph, either
// direction) from one method to another, as the names along it and the relationship types: how two techniques
// connect through papers, datasets, variants and authors. Parameters: $fromId, $toId (method ids, e.g.
// 'method:lora'; they must differ), $first (integer, the number of paths).
MATCH path = allShortestPaths(
  (:Method {id: $fromId})-[:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL|VARIANT_OF|PUBLISHED_BY|AUTHORED_BY*..6]-(:Method {id: $toId}))
RETURN [n IN nodes(path) | coalesce(n.name, n.title)] AS names,
       [r IN relationships(path) | type(r)] AS types,
       length(path) AS hops
ORDER BY [n IN nodes(path) | n.id]
LIMIT $first
