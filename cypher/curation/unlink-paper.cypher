// Removes the link from a paper to a term, extracted or curated, and records the curator's rejection of it (a
// (:Paper)-[:REJECTED]->(term) bookkeeping relationship), so that extraction never writes it again
// (ingest/merge-mentions) until a curator links the two (curation/link-paper). $paperId, $entityId: string.
MATCH (p:Paper {id: $paperId})-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(e)
WHERE e.id = $entityId
DELETE r
MERGE (p)-[:REJECTED]->(e)
RETURN count(*) AS unlinked
