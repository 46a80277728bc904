// Adds or replaces the curated link from a paper to a term (label for __LABEL__, relationship type for __TYPE__,
// from fixed lists), with its evidence as parallel lists. $paperId, $entityId: string; $fields: [string];
// $starts, $ends: [integer]; $texts: [string].
MATCH (p:Paper {id: $paperId})
MATCH (e:__LABEL__ {id: $entityId})
MERGE (p)-[r:__TYPE__]->(e)
SET r.evidenceFields = $fields, r.evidenceStarts = $starts, r.evidenceEnds = $ends, r.evidenceTexts = $texts,
    r.curated = true
RETURN count(r) AS linked
