// One page of the audit trail, newest first: the changes numbered below $after (all when null) that touched
// $nodeId (all changes when null). $limit: the page size plus one.
MATCH (c:Change)
WHERE ($nodeId IS NULL OR $nodeId IN c.targets) AND ($after IS NULL OR c.sequence < $after)
RETURN c {.sequence, .at, .actor, .operation, .targets, .summary} AS change
ORDER BY c.sequence DESC
LIMIT $limit
