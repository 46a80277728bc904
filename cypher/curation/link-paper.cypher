// Adds or replaces the curated link from a paper to a term (label for __LABEL__, relationship type for __TYPE__,
// from fixed lists), with its evidence as parallel lists, and lifts a rejection of the link (REJECTED) if there
// is one: a paper never has both. $paperId, $entityId: string; $fields: [string]; $starts, $ends: [integer];
// $texts: [string].
MATCH (p:Paper {id: $paperId})
MATCH (e:__LABEL__ {id: $entityId})
MERGE (p)-[r:__TYPE__]->(e)
SET r.evidenceFields = $fields, r.evidenceStarts = $starts, r.evidenceEnds = $ends, r.evidenceTexts = $texts,
    r.curated = true
WITH p, e, r
CALL (p, e) {
  MATCH (p)-[rejected:REJECTED]->(e)
  DELETE rejected
}
RETURN count(r) AS linked
