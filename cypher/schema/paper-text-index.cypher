// Full-text index over titles and abstracts for search (Lucene, standard analyzer without stop words). No
// parameters.
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]
