// The schema version recorded on the singleton (:GraphSchema) node; null when the store was never initialized.
// No parameters.
OPTIONAL MATCH (s:GraphSchema {id: 'graph'})
RETURN s.version AS version
