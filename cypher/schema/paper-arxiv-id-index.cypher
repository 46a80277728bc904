// Range index for lookups and filters by arXiv id. No parameters.
CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (p:Paper) ON (p.arxivId)
