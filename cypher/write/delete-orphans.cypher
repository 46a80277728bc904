// Organizations and authors exist only through papers: of the given ones, those no paper links to any more are
// deleted. $organizationIds: [string]; $authorIds: [string].
CALL () {
  UNWIND $organizationIds AS organizationId
  MATCH (o:Organization {id: organizationId})
  WHERE NOT EXISTS { (o)<-[:PUBLISHED_BY]-(:Paper) }
  DETACH DELETE o
}
CALL () {
  UNWIND $authorIds AS authorId
  MATCH (a:Author {id: authorId})
  WHERE NOT EXISTS { (a)<-[:AUTHORED_BY]-(:Paper) }
  DETACH DELETE a
}
