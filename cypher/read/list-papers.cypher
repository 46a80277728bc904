// One keyset page of papers. __FILTER__ is the compiled paper filter over p, __AFTER__ the condition that resumes
// after (or before) the cursor, __ORDER__ the ordering (reversed when paging backwards) and __KEYS__ the sort keys
// each row's cursor is made of; all four come from Neo4jPaperFilterCompiler and Neo4jKeyset, which put every
// value the caller gave into parameters ($p0, $p1, ...). $limit: the page size plus one.
MATCH (p:Paper)
WHERE (__FILTER__) AND (__AFTER__)
WITH p
ORDER BY __ORDER__
LIMIT $limit
RETURN p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper, [__KEYS__] AS keys
ORDER BY __ORDER__
