// Removes the link from a paper to a term, extracted or curated. $paperId, $entityId: string.
MATCH (p:Paper {id: $paperId})-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(e)
WHERE e.id = $entityId
DELETE r
RETURN count(*) AS unlinked
