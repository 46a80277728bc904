namespace Graph.Storage.Export;

/// <summary>The formats <c>graph export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>One JSON document with every paper, term and candidate (docs/export-format.md).</summary>
    Json,

    /// <summary>A Cypher script that recreates the graph in Neo4j with MERGE (idempotent).</summary>
    Cypher,

    /// <summary>CSV files for <c>neo4j-admin database import full</c>, with the import command.</summary>
    Csv,
}
