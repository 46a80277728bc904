// Papers by id, in id order; unknown ids are left out. $ids: [string], without duplicates.
UNWIND $ids AS paperId
MATCH (p:Paper {id: paperId})
RETURN p {.id, .title, .abstract, .publishedOn, .authorCount, .upvotes, .arxivId, .organization, authors: COLLECT { MATCH (p)-[authoredBy:AUTHORED_BY]->(writer:Author) RETURN writer.name ORDER BY authoredBy.position }} AS paper
ORDER BY p.id
