// Most connected datasets: datasets by the number of papers evaluated on them, with how many distinct methods and
// models those papers use and how many variants the dataset has (its reach across the field).
// Parameters: $first (integer, the number of datasets).
MATCH (d:Dataset)
WITH d, COUNT { (d)<-[:EVALUATED_ON]-(:Paper) } AS papers
WHERE papers > 0
RETURN d.id AS datasetId, d.name AS dataset, papers,
       COUNT { MATCH (d)<-[:EVALUATED_ON]-(:Paper)-[:USES_METHOD]->(m:Method) RETURN DISTINCT m } AS methods,
       COUNT { MATCH (d)<-[:EVALUATED_ON]-(:Paper)-[:USES_MODEL]->(model:Model) RETURN DISTINCT model } AS models,
       COUNT { (d)<-[:VARIANT_OF]-(:Dataset) } AS variants
ORDER BY papers DESC, methods DESC, dataset
LIMIT $first
