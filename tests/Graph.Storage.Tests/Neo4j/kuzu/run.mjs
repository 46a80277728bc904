// Runs Cypher statements on kuzu (an embedded openCypher engine) over a graph given as JSON, to cross-check the
// Neo4j store's read statements without a Neo4j server. Test-only: KuzuCrossCheckTests writes the input, runs
// this script and compares the rows with the SQLite store's answers.
// Usage: node run.mjs INPUT.json OUTPUT.json
//   INPUT.json: { "graph": { "nodes": [ { "label", "properties": { "id", ... } } ],
//                            "relationships": [ { "type", "from": { "label", "id" }, "to": { "label", "id" },
//                                                 "properties": { ... } } ] },
//                 "statements": [ { "id", "text", "parameters": { ... } } ] }
//   OUTPUT.json: { "results": [ { "id", "fields": [..], "rows": [[..], ..] } or { "id", "error" } ] }
// The schema below is docs/graph-model.md in kuzu's typed DDL. Exits 1 when any statement failed, 2 on bad usage.
import { readFileSync, writeFileSync } from 'node:fs';
import kuzu from 'kuzu';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node run.mjs INPUT.json OUTPUT.json');
  process.exit(2);
}

const term = { id: 'STRING', name: 'STRING', aliases: 'STRING[]', description: 'STRING' };
const nodeTables = {
  Paper: {
    id: 'STRING', title: 'STRING', abstract: 'STRING', publishedOn: 'DATE', authorCount: 'INT64', upvotes: 'INT64',
    arxivId: 'STRING', organization: 'STRING',
  },
  Method: term,
  Dataset: term,
  Topic: term,
  Model: term,
  Organization: { id: 'STRING', name: 'STRING' },
  Author: { id: 'STRING', name: 'STRING' },
};
const link = {
  evidenceFields: 'STRING[]', evidenceStarts: 'INT64[]', evidenceEnds: 'INT64[]', evidenceTexts: 'STRING[]', curated: 'BOOLEAN',
};
const relationshipTables = {
  USES_METHOD: { ends: [['Paper', 'Method']], properties: link },
  EVALUATED_ON: { ends: [['Paper', 'Dataset']], properties: link },
  HAS_TOPIC: { ends: [['Paper', 'Topic']], properties: link },
  USES_MODEL: { ends: [['Paper', 'Model']], properties: link },
  VARIANT_OF: { ends: ['Method', 'Dataset', 'Topic', 'Model'].map((label) => [label, label]), properties: {} },
  PUBLISHED_BY: { ends: [['Paper', 'Organization']], properties: {} },
  AUTHORED_BY: { ends: [['Paper', 'Author']], properties: { position: 'INT64' } },
};

const db = new kuzu.Database(':memory:');
const connection = new kuzu.Connection(db);

async function run(text, parameters = {}) {
  const prepared = await connection.prepare(text);
  if (!prepared.isSuccess()) {
    throw new Error(prepared.getErrorMessage());
  }

  return connection.execute(prepared, parameters);
}

// A parameter as the column's type: dates travel as ISO text, everything else as JSON gives it.
const value = (name, type) => (type === 'DATE' ? `CAST($${name} AS DATE)` : `$${name}`);
const assignments = (properties, names) => names.map((name) => `${name}: ${value(name, properties[name])}`).join(', ');

for (const [label, properties] of Object.entries(nodeTables)) {
  const columns = Object.entries(properties).map(([name, type]) => `${name} ${type}`).join(', ');
  await run(`CREATE NODE TABLE ${label}(${columns}, PRIMARY KEY (id))`);
}

for (const [type, table] of Object.entries(relationshipTables)) {
  const ends = table.ends.map(([from, to]) => `FROM ${from} TO ${to}`);
  const columns = Object.entries(table.properties).map(([name, columnType]) => `${name} ${columnType}`);
  await run(`CREATE REL TABLE ${type}(${[...ends, ...columns].join(', ')})`);
}

const graph = JSON.parse(readFileSync(input, 'utf8'));
for (const node of graph.graph.nodes) {
  const properties = nodeTables[node.label];
  const names = Object.keys(node.properties);
  await run(`CREATE (:${node.label} {${assignments(properties, names)}})`, node.properties);
}

for (const relationship of graph.graph.relationships) {
  const properties = relationshipTables[relationship.type].properties;
  const names = Object.keys(relationship.properties);
  const { from, to } = relationship;
  await run(
    `MATCH (a:${from.label} {id: $fromId}), (b:${to.label} {id: $toId}) ` +
      `CREATE (a)-[:${relationship.type} {${assignments(properties, names)}}]->(b)`,
    { ...relationship.properties, fromId: from.id, toId: to.id },
  );
}

// Rows as JSON: 64-bit integers as numbers (they are counts and offsets here), dates as ISO text.
const plain = (cell) => {
  if (typeof cell === 'bigint') return Number(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (Array.isArray(cell)) return cell.map(plain);
  return cell;
};

const results = [];
for (const statement of graph.statements) {
  try {
    const result = await run(statement.text, statement.parameters);
    const fields = await result.getColumnNames();
    const rows = (await result.getAll()).map((row) => fields.map((field) => plain(row[field])));
    results.push({ id: statement.id, fields, rows });
  } catch (error) {
    results.push({ id: statement.id, error: String(error.message ?? error) });
  }
}

writeFileSync(output, JSON.stringify({ results }, null, 2));
const failed = results.filter((r) => r.error !== undefined).length;
console.log(`kuzu: ${results.length - failed} statements ran, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
