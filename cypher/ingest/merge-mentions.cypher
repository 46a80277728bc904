// Links papers to terms with one relationship type (USES_METHOD, EVALUATED_ON, HAS_TOPIC or USES_MODEL,
// substituted for __TYPE__ from a fixed list; the term label for __LABEL__). Evidence spans are parallel lists:
// field ('title' or 'abstract'), start and end offsets; the quoted text is substring(field, start, end - start).
// $rows: [{paperId, entityId, fields: [string], starts: [int], ends: [int]}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MATCH (e:__LABEL__ {id: row.entityId})
MERGE (p)-[r:__TYPE__]->(e)
SET r.evidenceFields = row.fields, r.evidenceStarts = row.starts, r.evidenceEnds = row.ends
