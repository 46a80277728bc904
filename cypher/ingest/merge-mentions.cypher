// Links papers to terms with one relationship type (USES_METHOD, EVALUATED_ON, HAS_TOPIC or USES_MODEL,
// substituted for __TYPE__ from a fixed list; the term label for __LABEL__). Evidence spans are parallel lists:
// field ('title' or 'abstract'), start and end offsets (UTF-16 code units) and the exact text of the span. A link
// that already exists is left as it is: merge-papers removed the extracted ones, so it is a curated link, which
// ingestion never downgrades. $rows: [{paperId, entityId, fields: [string], starts: [int], ends: [int],
// texts: [string], curated: bool}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MATCH (e:__LABEL__ {id: row.entityId})
MERGE (p)-[r:__TYPE__]->(e)
ON CREATE SET r.evidenceFields = row.fields, r.evidenceStarts = row.starts, r.evidenceEnds = row.ends,
              r.evidenceTexts = row.texts, r.curated = row.curated
