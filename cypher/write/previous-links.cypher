// The organizations and authors the given papers link to now, read before the papers are rewritten or removed so
// that those left without papers can be deleted afterwards. Unknown ids are left out. $paperIds: [string].
UNWIND $paperIds AS paperId
MATCH (p:Paper {id: paperId})
RETURN p.id AS paperId,
       COLLECT { MATCH (p)-[:PUBLISHED_BY]->(o:Organization) RETURN o.id } AS organizationIds,
       COLLECT { MATCH (p)-[:AUTHORED_BY]->(a:Author) RETURN a.id } AS authorIds
