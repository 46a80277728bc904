// As papers-sharing-benchmark, but a dataset and its variants count as one benchmark: each dataset of the source
// paper stands for its top ancestor (VARIANT_OF followed up) and every variant below that ancestor, and a shared
// benchmark is reported by the ancestor's id. $paperIds: [string], without duplicates; $limit: the page size
// plus one; cursor values in parameters $p0, $p1, ...
UNWIND $paperIds AS sourceId
MATCH (source:Paper {id: sourceId})
CALL (source) {
  MATCH (source)-[:EVALUATED_ON]->(:Dataset)-[:VARIANT_OF*0..64]->(benchmark:Dataset)
  WHERE NOT EXISTS { (benchmark)-[:VARIANT_OF]->(:Dataset) }
  WITH DISTINCT source, benchmark
  MATCH (benchmark)<-[:VARIANT_OF*0..64]-(:Dataset)<-[:EVALUATED_ON]-(other:Paper)
  WHERE other <> source
  WITH other, collect(DISTINCT benchmark.id) AS sharedIds
  WITH other AS p, sharedIds, size(sharedIds) AS sharedCount
  WHERE __AFTER__
  RETURN p, sharedIds, sharedCount
  ORDER BY __ORDER__
  LIMIT $limit
}
RETURN source.id AS sourceId, p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper, sharedIds, [__KEYS__] AS keys
ORDER BY sourceId, __ORDER__
