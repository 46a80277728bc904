// Relationship counts by type, one row per relationship type of the graph (answered from the count store). No
// parameters.
MATCH ()-[r:USES_METHOD]->() RETURN 'USES_METHOD' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:EVALUATED_ON]->() RETURN 'EVALUATED_ON' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:HAS_TOPIC]->() RETURN 'HAS_TOPIC' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:USES_MODEL]->() RETURN 'USES_MODEL' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:VARIANT_OF]->() RETURN 'VARIANT_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PUBLISHED_BY]->() RETURN 'PUBLISHED_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:AUTHORED_BY]->() RETURN 'AUTHORED_BY' AS name, count(r) AS count
