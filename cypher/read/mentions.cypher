// The links of the given papers, optionally of one relationship type, by paper id then term id. source carries
// the paper's text only for links stored without evidence texts, which are then cut from it.
// $paperIds: [string], without duplicates; $type: a mention relationship type or null for all four.
UNWIND $paperIds AS paperId
MATCH (p:Paper {id: paperId})-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(e)
WHERE $type IS NULL OR type(r) = $type
RETURN p.id AS paperId, {entityId: e.id, type: type(r), fields: r.evidenceFields, starts: r.evidenceStarts, ends: r.evidenceEnds, texts: r.evidenceTexts, curated: coalesce(r.curated, false)} AS mention,
       CASE WHEN r.evidenceTexts IS NULL THEN p {.title, .abstract} END AS source
ORDER BY paperId, mention.entityId
