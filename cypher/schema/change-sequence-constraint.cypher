// Audit-trail entries are numbered uniquely; the constraint also indexes the number for newest-first paging.
// No parameters.
CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:Change) REQUIRE c.sequence IS UNIQUE
