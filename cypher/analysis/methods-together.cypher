// Methods that appear together: pairs of methods used by the same papers, with the number of such papers, most
// first. Parameters: $minPapers (integer, pairs seen in fewer papers are left out), $first (integer).
MATCH (a:Method)<-[:USES_METHOD]-(p:Paper)-[:USES_METHOD]->(b:Method)
WHERE a.id < b.id
WITH a, b, count(p) AS papers
WHERE papers >= $minPapers
RETURN a.name AS method, b.name AS otherMethod, papers
ORDER BY papers DESC, method, otherMethod
LIMIT $first
