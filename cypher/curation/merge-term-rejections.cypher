// Carries the merged term's rejected links (REJECTED, see curation/unlink-paper) over to the survivor (both of the
// label substituted for __LABEL__, links of the type for __TYPE__, from fixed lists), once merge-term-links moved
// the links: a link beats a rejection, so a rejection (of either term) of a paper now linked to the survivor goes,
// and the merged term's other rejections become the survivor's. $survivorId, $mergedId: string.
MATCH (survivor:__LABEL__ {id: $survivorId})
MATCH (merged:__LABEL__ {id: $mergedId})
CALL (survivor, merged) {
  MATCH (p:Paper)-[old:REJECTED]->(merged)
  DELETE old
  WITH p, survivor
  WHERE NOT EXISTS { (p)-[:__TYPE__]->(survivor) }
  MERGE (p)-[:REJECTED]->(survivor)
}
CALL (survivor) {
  MATCH (p:Paper)-[overruled:REJECTED]->(survivor)
  WHERE EXISTS { (p)-[:__TYPE__]->(survivor) }
  DELETE overruled
}
