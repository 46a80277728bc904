// Links papers to terms with one relationship type (USES_METHOD, EVALUATED_ON, HAS_TOPIC or USES_MODEL,
// substituted for __TYPE__ from a fixed list; the term label for __LABEL__). Evidence spans are parallel lists:
// field ('title' or 'abstract'), start and end offsets (UTF-16 code units) and the exact text of the span. A link
// already there is replaced, evidence and flag, unless it is curated and the row is not: ingestion never
// downgrades a curated link (merge-papers removed the extracted ones), while a curated row replaces whatever is
// there. An extracted row of a link a curator rejected (REJECTED, see curation/unlink-paper) is skipped; a curated
// row lifts the rejection. $rows: [{paperId, entityId, fields: [string], starts: [int], ends: [int],
// texts: [string], curated: bool}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MATCH (e:__LABEL__ {id: row.entityId})
OPTIONAL MATCH (p)-[rejected:REJECTED]->(e)
WITH p, e, row, rejected
WHERE row.curated OR rejected IS NULL
DELETE rejected
MERGE (p)-[r:__TYPE__]->(e)
WITH r, row
WHERE row.curated OR NOT coalesce(r.curated, false)
SET r.evidenceFields = row.fields, r.evidenceStarts = row.starts, r.evidenceEnds = row.ends,
    r.evidenceTexts = row.texts, r.curated = row.curated
