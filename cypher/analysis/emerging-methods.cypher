// Emerging methods by month: for each month since a date, the methods that grew most that month: papers that
// month, papers in all earlier months, and growth = papers / max(1, earlier papers), so a method new that month
// grows by its whole count. Parameters: $since (string 'yyyy-MM-dd', the first month to report), $first
// (integer, methods per month).
MATCH (m:Method)<-[:USES_METHOD]-(p:Paper)
WHERE p.publishedOn >= date($since)
WITH m, date.truncate('month', p.publishedOn) AS month, count(p) AS papers
WITH m, month, papers,
     COUNT { MATCH (m)<-[:USES_METHOD]-(earlier:Paper) WHERE earlier.publishedOn < month } AS before
WITH month, m, papers, before, toFloat(papers) / CASE WHEN before = 0 THEN 1 ELSE before END AS growth
ORDER BY month, growth DESC, papers DESC, m.name
WITH month, collect({method: m.name, papers: papers, before: before, growth: growth}) AS methods
RETURN month, methods[..$first] AS methods
ORDER BY month
