// Upserts vocabulary terms of one label (Method, Dataset, Topic or Model, substituted for __LABEL__ from a
// fixed list). $rows: [{id: string, name: string, aliases: [string], description: string|null}]
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.description = row.description
