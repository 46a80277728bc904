// Appends one entry to the audit trail. $sequence: integer from next-sequence; $at: ISO-8601 date and time with
// offset; $actor, $operation, $summary: string; $targets: [string], the ids of the nodes the change touched.
CREATE (c:Change {sequence: $sequence, at: datetime($at), actor: $actor, operation: $operation, targets: $targets,
                  summary: $summary})
RETURN c {.sequence, .at, .actor, .operation, .targets, .summary} AS change
