// Moves every paper's link from the merged term to the survivor (both of the label substituted for __LABEL__,
// links of the type for __TYPE__, from fixed lists). A paper linked to both keeps one link with the evidence of
// both, curated when either was. $survivorId, $mergedId: string.
MATCH (survivor:__LABEL__ {id: $survivorId})
MATCH (merged:__LABEL__ {id: $mergedId})
MATCH (p:Paper)-[old:__TYPE__]->(merged)
MERGE (p)-[r:__TYPE__]->(survivor)
ON CREATE SET r.evidenceFields = old.evidenceFields, r.evidenceStarts = old.evidenceStarts,
              r.evidenceEnds = old.evidenceEnds, r.evidenceTexts = old.evidenceTexts,
              r.curated = coalesce(old.curated, false)
ON MATCH SET r.evidenceFields = coalesce(r.evidenceFields, []) + coalesce(old.evidenceFields, []),
             r.evidenceStarts = coalesce(r.evidenceStarts, []) + coalesce(old.evidenceStarts, []),
             r.evidenceEnds = coalesce(r.evidenceEnds, []) + coalesce(old.evidenceEnds, []),
             r.evidenceTexts = CASE WHEN r.evidenceTexts IS NULL OR old.evidenceTexts IS NULL THEN null
                                    ELSE r.evidenceTexts + old.evidenceTexts END,
             r.curated = coalesce(r.curated, false) OR coalesce(old.curated, false)
DELETE old
RETURN count(*) AS moved
