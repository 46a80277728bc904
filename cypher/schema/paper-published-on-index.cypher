// Range index for date filters and the default newest-first order. No parameters.
CREATE INDEX paper_published_on IF NOT EXISTS FOR (p:Paper) ON (p.publishedOn)
