// The curated links of the given papers with their evidence, by paper id then term id, read before the papers are
// written again so that the spans their new text no longer holds can be dropped. source carries the paper's text
// only for links stored without evidence texts, which are then cut from it. $paperIds: [string], without
// duplicates.
UNWIND $paperIds AS paperId
MATCH (p:Paper {id: paperId})-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(e)
WHERE r.curated = true
RETURN p.id AS paperId, {entityId: e.id, type: type(r), fields: r.evidenceFields, starts: r.evidenceStarts, ends: r.evidenceEnds, texts: r.evidenceTexts, curated: true} AS mention,
       CASE WHEN r.evidenceTexts IS NULL THEN p {.title, .abstract} END AS source
ORDER BY paperId, mention.entityId
