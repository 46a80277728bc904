// Terms of one kind (label for __LABEL__, its relationship type for __TYPE__, from fixed lists) linked to the same
// papers as the term $entityId, with the number of such papers, most first, then by id; never the term itself.
// $entityId: string; $first: the number of terms.
CALL () {
  MATCH (term:Method {id: $entityId}) RETURN term
  UNION
  MATCH (term:Dataset {id: $entityId}) RETURN term
  UNION
  MATCH (term:Topic {id: $entityId}) RETURN term
  UNION
  MATCH (term:Model {id: $entityId}) RETURN term
}
MATCH (term)<-[:USES_METHOD|EVALUATED_ON|HAS_TOPIC|USES_MODEL]-(paper:Paper)-[:__TYPE__]->(other:__LABEL__)
WHERE other <> term
RETURN other.id AS entityId, count(paper) AS papers
ORDER BY papers DESC, entityId
LIMIT $first
