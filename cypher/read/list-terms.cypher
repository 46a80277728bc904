// One keyset page of the terms of one kind (label substituted for __LABEL__ from a fixed list). __FILTER__,
// __AFTER__, __ORDER__ and __KEYS__ are compiled as for list-papers, over e (values in parameters $p0, $p1, ...).
// $limit: the page size plus one.
MATCH (e:__LABEL__)
WHERE (__FILTER__) AND (__AFTER__)
WITH e
ORDER BY __ORDER__
LIMIT $limit
RETURN e {.id, .name, .aliases, .description, kind: [l IN labels(e) WHERE l IN ['Method', 'Dataset', 'Topic', 'Model']][0], parentId: [(e)-[:VARIANT_OF]->(parentTerm) | parentTerm.id][0]} AS term, [__KEYS__] AS keys
ORDER BY __ORDER__
