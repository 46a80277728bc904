// Records the schema version on the singleton (:GraphSchema) node. $version: integer; $appliedAt: ISO-8601
// date and time.
MERGE (s:GraphSchema {id: 'graph'})
SET s.version = $version, s.appliedAt = datetime($appliedAt)
RETURN s.version AS version
