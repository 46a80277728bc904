// Papers sharing a benchmark: for one paper, every other paper evaluated on at least one of the same datasets,
// with the names of the datasets they share, most shared first.
// Parameters: $paperId (string, e.g. 'arxiv:2106.09685'), $first (integer, the number of rows).
MATCH (source:Paper {id: $paperId})-[:EVALUATED_ON]->(dataset:Dataset)<-[:EVALUATED_ON]-(other:Paper)
WHERE other <> source
WITH other, collect(dataset.name) AS sharedDatasets
RETURN other.id AS paperId, other.title AS title, sharedDatasets, size(sharedDatasets) AS shared
ORDER BY shared DESC, paperId
LIMIT $first
