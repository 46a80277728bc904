// Method x dataset co-occurrence: how many papers use a method and evaluate on a dataset, and the lift of the
// pair, papers(m, d) x papers / (papers(m) x papers(d)): how much more often the two appear together than if
// methods and datasets were picked independently (1 is no association, above 1 a real pairing).
// Parameters: $minPapers (integer, pairs seen in fewer papers are left out), $first (integer, the number of rows).
MATCH (paper:Paper)
WITH count(paper) AS papers
MATCH (m:Method)<-[:USES_METHOD]-(p:Paper)-[:EVALUATED_ON]->(d:Dataset)
WITH papers, m, d, count(p) AS together
WHERE together >= $minPapers
WITH papers, m, d, together,
     COUNT { (m)<-[:USES_METHOD]-(:Paper) } AS methodPapers,
     COUNT { (d)<-[:EVALUATED_ON]-(:Paper) } AS datasetPapers
RETURN m.name AS method, d.name AS dataset, together, methodPapers, datasetPapers,
       toFloat(together) * papers / (methodPapers * datasetPapers) AS lift
ORDER BY together DESC, lift DESC, method, dataset
LIMIT $first
