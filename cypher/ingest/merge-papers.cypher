// Upserts papers and removes what the statements after it write anew (their extracted links, organization and
// author links, and candidate terms), so that re-ingesting a paper replaces them. Curated links (r.curated = true)
// stay. $rows: [{id, title, abstract, publishedOn: 'yyyy-MM-dd'|null, authorCount, upvotes, arxivId, organization}]
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title,
    p.abstract = row.abstract,
    p.publishedOn = CASE WHEN row.publishedOn IS NULL THEN null ELSE date(row.publishedOn) END,
    p.authorCount = row.authorCount,
    p.upvotes = row.upvotes,
    p.arxivId = row.arxivId,
    p.organization = row.organization
WITH p
CALL (p) {
  MATCH (p)-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL|PUBLISHED_BY|AUTHORED_BY]->()
  WHERE r.curated IS NULL OR r.curated = false
  DELETE r
}
CALL (p) {
  MATCH (p)-[:PROPOSES]->(c:Candidate)
  DETACH DELETE c
}
