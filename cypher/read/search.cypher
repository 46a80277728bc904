// Full-text search over titles and abstracts through the paper_text index, best first, then by id. $query: a
// Lucene query built by Neo4jFulltextQuery (every word quoted, so the text is never query syntax); $first: the
// number of hits.
CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node, score
WITH node AS p, score
ORDER BY score DESC, p.id
LIMIT $first
RETURN p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper, score
ORDER BY score DESC, p.id
