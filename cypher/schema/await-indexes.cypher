// Waits until every index is online, so the first search after initialization sees the full-text index.
// $timeoutSeconds: how long to wait at most.
CALL db.awaitIndexes($timeoutSeconds)
