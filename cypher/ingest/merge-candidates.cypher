// Records the candidate terms each paper's text proposed, in order, as (:Paper)-[:PROPOSES]->(:Candidate) nodes;
// merge-papers removed the paper's earlier ones. suggestedKind is a term label or null; the span is field
// ('title' or 'abstract'), startOffset and endOffset (UTF-16 code units) and its text.
// $rows: [{paperId, ordinal, name, abbreviation, suggestedKind, confidence, pattern, field, startOffset,
// endOffset, text}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
CREATE (p)-[:PROPOSES]->(:Candidate {ordinal: row.ordinal, name: row.name, abbreviation: row.abbreviation,
  suggestedKind: row.suggestedKind, confidence: row.confidence, pattern: row.pattern, field: row.field,
  startOffset: row.startOffset, endOffset: row.endOffset, text: row.text})
