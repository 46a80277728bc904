// Pairs of papers evaluated on at least $minShared of the same datasets, most shared first, then by the ids of
// the pair (paperAId sorts before paperBId). $minShared: integer >= 1; $first: the number of pairs.
MATCH (a:Paper)-[:EVALUATED_ON]->(dataset:Dataset)<-[:EVALUATED_ON]-(b:Paper)
WHERE a.id < b.id
WITH a, b, collect(dataset.id) AS sharedIds
WHERE size(sharedIds) >= $minShared
RETURN a.id AS paperAId, b.id AS paperBId, sharedIds
ORDER BY size(sharedIds) DESC, paperAId, paperBId
LIMIT $first
