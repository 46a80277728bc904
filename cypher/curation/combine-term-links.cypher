// For each paper linked to both terms of a merge (label for __LABEL__, link type for __TYPE__, from fixed lists):
// the link to the survivor takes the combined evidence (worked out by the store) and is curated when either link
// was, and the link to the merged term goes. $survivorId, $mergedId: string; $rows: [{paperId, fields: [string],
// starts: [int], ends: [int], texts: [string], curated: bool}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})-[kept:__TYPE__]->(:__LABEL__ {id: $survivorId})
MATCH (p)-[dropped:__TYPE__]->(:__LABEL__ {id: $mergedId})
SET kept.evidenceFields = row.fields, kept.evidenceStarts = row.starts, kept.evidenceEnds = row.ends,
    kept.evidenceTexts = row.texts, kept.curated = row.curated
DELETE dropped
RETURN count(*) AS combined
