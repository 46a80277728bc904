// Range index for upvote filters and ordering. No parameters.
CREATE INDEX paper_upvotes IF NOT EXISTS FOR (p:Paper) ON (p.upvotes)
