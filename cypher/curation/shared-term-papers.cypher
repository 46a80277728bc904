// The papers linked to both terms of a merge (label substituted for __LABEL__, link type for __TYPE__, from fixed
// lists), in id order: their two links become one, with the evidence of both. $survivorId, $mergedId: string.
MATCH (:__LABEL__ {id: $mergedId})<-[:__TYPE__]-(p:Paper)-[:__TYPE__]->(:__LABEL__ {id: $survivorId})
RETURN p.id AS paperId
ORDER BY paperId
