// Lints Cypher statements with Neo4j's own linter (@neo4j-cypher/language-support): syntax, semantics, and every
// label, relationship type, property key and parameter checked against the schema given, so a typo fails.
// Usage: node lint.mjs STATEMENTS.json
//   STATEMENTS.json: { "labels": [..], "relationshipTypes": [..], "propertyKeys": [..],
//                      "procedures": [ { "name", "signature", "arguments": [{ "name", "type", "default"? }], "returns" } ],
//                      "statements": [ { "name": "read/search", "text": "...", "parameters": ["query", ..] } ] }
// Prints one line per problem and a closing "N passed, N failed" line; exits 1 when any statement has a problem.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const path = process.argv[2];
if (!path) {
  console.error('usage: node lint.mjs STATEMENTS.json');
  process.exit(2);
}

const input = JSON.parse(readFileSync(path, 'utf8'));
const procedures = Object.fromEntries((input.procedures ?? []).map((p) => [p.name, {
  name: p.name,
  description: p.name,
  mode: p.mode ?? 'READ',
  worksOnSystem: false,
  argumentDescription: p.arguments.map((a) => ({
    name: a.name, description: a.name, type: a.type, isDeprecated: false, ...(a.default ? { default: a.default } : {}),
  })),
  returnDescription: p.returns.map((r) => ({ name: r.name, description: r.name, type: r.type, isDeprecated: false })),
  signature: p.signature,
  admin: false,
  option: { deprecated: false },
}]));

// Everything the linter reports is a problem, warnings included: "is not present in the database" is how it
// reports an unknown label, relationship type or property key, and a deprecation is worth failing on too.
let passed = 0;
let failed = 0;
for (const statement of input.statements) {
  const schema = {
    labels: input.labels,
    relationshipTypes: input.relationshipTypes,
    propertyKeys: input.propertyKeys,
    parameters: Object.fromEntries(statement.parameters.map((name) => [name, null])),
    procedures: { 'CYPHER 5': procedures, 'CYPHER 25': procedures },
  };
  const { diagnostics } = lintCypherQuery(statement.text, schema);
  if (diagnostics.length === 0) {
    passed++;
    continue;
  }

  failed++;
  for (const d of diagnostics) {
    const severity = d.severity === 1 ? 'error' : 'warning';
    const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    const excerpt = statement.text.slice(d.offsets.start, d.offsets.end);
    console.log(`${statement.name} ${at} ${severity}: ${d.message} [${excerpt}]`);
  }
}

console.log(`lint: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
