// Every term of the vocabulary, in id order. No parameters.
MATCH (e:Method|Dataset|Topic|Model)
RETURN e {.id, .name, .aliases, .description, kind: [l IN labels(e) WHERE l IN ['Method', 'Dataset', 'Topic', 'Model']][0], parentId: [(e)-[:VARIANT_OF]->(parentTerm) | parentTerm.id][0]} AS term
ORDER BY e.id
