// The next papers in id order after $after (the empty string to start), each with its links (by term id, with
// evidence) and its candidate terms (in order). $after: string; $size: the number of papers.
MATCH (p:Paper)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT $size
RETURN p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper,
       COLLECT { MATCH (p)-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(e) RETURN {entityId: e.id, type: type(r), fields: r.evidenceFields, starts: r.evidenceStarts, ends: r.evidenceEnds, texts: r.evidenceTexts, curated: coalesce(r.curated, false)} ORDER BY e.id } AS mentions,
       COLLECT { MATCH (p)-[:PROPOSES]->(c:Candidate) RETURN c {.name, .abbreviation, .suggestedKind, .confidence, .pattern, .field, .startOffset, .endOffset, .text} ORDER BY c.ordinal } AS candidates
ORDER BY p.id
