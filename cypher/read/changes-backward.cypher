// One page of the audit trail read backwards (oldest first): the changes numbered above $before (all when null)
// that touched $nodeId (all changes when null); the store reverses the page into newest-first order.
// $limit: the page size plus one.
MATCH (c:Change)
WHERE ($nodeId IS NULL OR $nodeId IN c.targets) AND ($before IS NULL OR c.sequence > $before)
RETURN c {.sequence, .at, .actor, .operation, .targets, .summary} AS change
ORDER BY c.sequence ASC
LIMIT $limit
