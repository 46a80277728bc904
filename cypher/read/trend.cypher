// Papers per calendar month linked to the term $entityId, oldest month first; undated papers and months without
// papers are left out. $entityId: string.
CALL () {
  MATCH (term:Method {id: $entityId}) RETURN term
  UNION
  MATCH (term:Dataset {id: $entityId}) RETURN term
  UNION
  MATCH (term:Topic {id: $entityId}) RETURN term
  UNION
  MATCH (term:Model {id: $entityId}) RETURN term
}
MATCH (term)<-[:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]-(p:Paper)
WHERE p.publishedOn IS NOT NULL
RETURN p.publishedOn.year AS year, p.publishedOn.month AS month, count(p) AS papers
ORDER BY year, month
