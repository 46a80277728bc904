// Takes the next number of the audit trail from the (:ChangeCounter) node. Run first in every change: the write
// lock on the counter serializes changes, so a change's checks and writes never interleave with another change's,
// and numbers follow commit order without gaps (a change that rolls back gives its number back). No parameters.
MERGE (counter:ChangeCounter {id: 'changes'})
ON CREATE SET counter.value = 0
SET counter.value = counter.value + 1
RETURN counter.value AS sequence
