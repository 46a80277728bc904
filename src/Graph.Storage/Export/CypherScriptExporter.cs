using System.Text;
using Graph.Core.Domain;
using Graph.Core.Storage;
using Graph.Storage.Cypher;

namespace Graph.Storage.Export;

/// <summary>
/// Writes a Cypher script that recreates the graph in Neo4j: the schema (constraints and indexes of
/// <c>cypher/schema/</c>), then the statements of
/// <c>cypher/ingest/</c> with their rows inlined as literals (so the script runs in cypher-shell or Neo4j
/// Browser without parameters). Every statement MERGEs, so running the script twice changes nothing.
/// </summary>
public static class CypherScriptExporter
{
    private const int PapersPerBatch = 1_000;

    /// <summary>Writes the script; returns the number of papers written.</summary>
    public static async Task<int> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteLineAsync("// Recreates the Graph knowledge graph in Neo4j 5.26+. Run: cypher-shell -f graph.cypher");
        foreach (var statement in CypherSchemaPlan.Statements())
        {
            await writer.WriteLineAsync(statement.Text + ";");
        }

        var entities = await store.GetAllEntitiesAsync(cancellationToken);
        await WriteBatchAsync(writer, new GraphBatch(entities, []));
        var papers = 0;
        var pending = new List<PaperGraph>(PapersPerBatch);
        await foreach (var graph in store.ReadAllPapersAsync(cancellationToken))
        {
            pending.Add(graph);
            papers++;
            if (pending.Count == PapersPerBatch)
            {
                await WriteBatchAsync(writer, new GraphBatch([], pending));
                pending.Clear();
            }
        }

        await WriteBatchAsync(writer, new GraphBatch([], pending));
        await writer.FlushAsync(cancellationToken);
        return papers;
    }

    private static async Task WriteBatchAsync(StreamWriter writer, GraphBatch batch)
    {
        foreach (var statement in CypherIngestPlan.For(batch))
        {
            var rows = CypherLiteral.Of(statement.Rows);
            await writer.WriteLineAsync(statement.Text.Replace("$rows", rows, StringComparison.Ordinal) + ";");
        }
    }
}
