// Removes a paper with all its relationships (its rejected links, REJECTED, too) and its candidate terms.
// $paperId: string.
MATCH (p:Paper {id: $paperId})
CALL (p) {
  MATCH (p)-[:PROPOSES]->(c:Candidate)
  DETACH DELETE c
}
DETACH DELETE p
RETURN count(*) AS removed
