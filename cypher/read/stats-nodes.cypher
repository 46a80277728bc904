// Node counts by label, one row per label of the graph (answered from the count store). No parameters.
MATCH (n:Paper) RETURN 'Paper' AS name, count(n) AS count
UNION ALL
MATCH (n:Method) RETURN 'Method' AS name, count(n) AS count
UNION ALL
MATCH (n:Dataset) RETURN 'Dataset' AS name, count(n) AS count
UNION ALL
MATCH (n:Topic) RETURN 'Topic' AS name, count(n) AS count
UNION ALL
MATCH (n:Model) RETURN 'Model' AS name, count(n) AS count
UNION ALL
MATCH (n:Organization) RETURN 'Organization' AS name, count(n) AS count
UNION ALL
MATCH (n:Author) RETURN 'Author' AS name, count(n) AS count
