// Moves the links of the merged term to the survivor (both of the label substituted for __LABEL__, links of the
// type for __TYPE__, from fixed lists), each with its evidence and flag as they are. Papers linked to both were
// combined first (combine-term-links), so every link moved is new to the survivor. $survivorId, $mergedId: string.
MATCH (survivor:__LABEL__ {id: $survivorId})
MATCH (merged:__LABEL__ {id: $mergedId})
MATCH (p:Paper)-[old:__TYPE__]->(merged)
MERGE (p)-[r:__TYPE__]->(survivor)
ON CREATE SET r = properties(old)
DELETE old
RETURN count(*) AS moved
