// For each source paper, the other papers evaluated on at least one of its datasets, with the datasets they share,
// ranked by the number of shared datasets, then by id: one keyset page per source. __AFTER__, __ORDER__ and
// __KEYS__ come from Neo4jKeyset over sharedCount and p.id (cursor values in parameters $p0, $p1, ...).
// $paperIds: [string], without duplicates; $limit: the page size plus one.
UNWIND $paperIds AS sourceId
MATCH (source:Paper {id: sourceId})
CALL (source) {
  MATCH (source)-[:EVALUATED_ON]->(dataset:Dataset)<-[:EVALUATED_ON]-(other:Paper)
  WHERE other <> source
  WITH other, collect(DISTINCT dataset.id) AS sharedIds
  WITH other AS p, sharedIds, size(sharedIds) AS sharedCount
  WHERE __AFTER__
  RETURN p, sharedIds, sharedCount
  ORDER BY __ORDER__
  LIMIT $limit
}
RETURN source.id AS sourceId, p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper, sharedIds, [__KEYS__] AS keys
ORDER BY sourceId, __ORDER__
