// The term of one kind (label substituted for __LABEL__ from a fixed list) whose canonical name or an alias is
// $key, compared trimmed and in lower case; a canonical-name match beats an alias match, then the smallest id.
// $key: string, trimmed and in lower case.
MATCH (e:__LABEL__)
WHERE toLower(trim(e.name)) = $key OR any(name IN e.aliases WHERE toLower(trim(name)) = $key)
RETURN e {.id, .name, .aliases, .description, kind: [l IN labels(e) WHERE l IN ['Method', 'Dataset', 'Topic', 'Model']][0], parentId: [(e)-[:VARIANT_OF]->(parentTerm) | parentTerm.id][0]} AS term
ORDER BY toLower(trim(e.name)) = $key DESC, e.id
LIMIT 1
