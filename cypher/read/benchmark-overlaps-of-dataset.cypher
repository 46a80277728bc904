// As benchmark-overlaps, restricted to pairs that are both evaluated on one dataset; the pairs are drawn from
// that dataset's papers only, and list every dataset they share. $datasetId: string; $minShared: integer >= 1;
// $first: the number of pairs.
MATCH (scope:Dataset {id: $datasetId})<-[:EVALUATED_ON]-(a:Paper)
MATCH (scope)<-[:EVALUATED_ON]-(b:Paper)
WHERE a.id < b.id
MATCH (a)-[:EVALUATED_ON]->(dataset:Dataset)<-[:EVALUATED_ON]-(b)
WITH a, b, collect(dataset.id) AS sharedIds
WHERE size(sharedIds) >= $minShared
RETURN a.id AS paperAId, b.id AS paperBId, sharedIds
ORDER BY size(sharedIds) DESC, paperAId, paperBId
LIMIT $first
