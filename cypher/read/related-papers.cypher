// For each source paper, the other papers ranked by the weighted number of terms they share with it (a shared
// method counts $methodWeight, a dataset $datasetWeight, a topic $topicWeight, a model $modelWeight), then by id,
// with the shared term ids. $paperIds: [string], without duplicates; $first: papers per source.
UNWIND $paperIds AS sourceId
MATCH (source:Paper {id: sourceId})
CALL (source) {
  MATCH (source)-[link:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(shared)<-[:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]-(other:Paper)
  WHERE other <> source
  WITH other,
       sum(CASE type(link)
             WHEN 'USES_METHOD' THEN $methodWeight
             WHEN 'EVALUATED_ON' THEN $datasetWeight
             WHEN 'HAS_TOPIC' THEN $topicWeight
             ELSE $modelWeight
           END) AS score,
       collect(shared.id) AS sharedIds
  WITH other AS p, score, sharedIds
  ORDER BY score DESC, p.id
  LIMIT $first
  RETURN p, score, sharedIds
}
RETURN source.id AS sourceId, p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper, score, sharedIds
ORDER BY sourceId, score DESC, p.id
