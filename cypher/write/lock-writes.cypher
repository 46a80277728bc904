// Takes the store's write lock, held until the transaction ends: the lock on the (:ChangeCounter) node that every
// change takes first too (curation/next-sequence), so a batch write never interleaves with a change or another
// batch, and the checks each makes before writing still hold when it writes (as on SQLite, where writers queue for
// one lock). Setting and removing a property is Cypher's way to take a node's write lock explicitly; the node is
// left as it was. No parameters.
MERGE (counter:ChangeCounter {id: 'changes'})
ON CREATE SET counter.value = 0
SET counter.writeLock = true
REMOVE counter.writeLock
