// Replaces the evidence of stored links, as parallel lists (field, start and end offsets in UTF-16 code units,
// text); the links keep their flag. $rows: [{paperId, entityId, fields: [string], starts: [int], ends: [int],
// texts: [string]}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})-[r:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]->(e)
WHERE e.id = row.entityId
SET r.evidenceFields = row.fields, r.evidenceStarts = row.starts, r.evidenceEnds = row.ends, r.evidenceTexts = row.texts
