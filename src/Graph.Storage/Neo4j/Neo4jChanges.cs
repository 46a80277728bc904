using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Querying;

namespace Graph.Storage.Neo4j;

/// <summary>The audit trail, newest first, keyset-paged on the change number.</summary>
internal static class Neo4jChanges
{
    /// <summary>The only ordering of the trail, newest first; the SQLite store's name, so cursors look alike.</summary>
    private const string Ordering = "changes:Sequence-Desc";

    public static async Task<Page<ChangeRecord>> GetAsync(
        INeo4jRunner runner, string? nodeId, PageRequest page, CancellationToken cancellationToken)
    {
        page = page.Validate();
        var cursor = page.IsBackward ? page.Before : page.After;
        long? position = cursor is null ? null : Decode(cursor);
        var statement = page.IsBackward
            ? Neo4jCypher.Statement("read/changes-backward", ("nodeId", nodeId), ("before", position), ("limit", page.Size + 1))
            : Neo4jCypher.Statement("read/changes", ("nodeId", nodeId), ("after", position), ("limit", page.Size + 1));
        var rows = (await runner.RunAsync(statement, cancellationToken)).Records.Select(r => Neo4jRows.ReadChange(r["change"])).ToList();
        var more = rows.Count > page.Size;
        var kept = rows.Take(page.Size).ToList();
        if (page.IsBackward)
        {
            kept.Reverse();
        }

        var edges = kept.Select(c => new Edge<ChangeRecord>(c, KeysetCursor.Encode(Ordering, [c.Sequence]))).ToList();
        return page.IsBackward
            ? new Page<ChangeRecord>(edges, HasNextPage: page.Before is not null, HasPreviousPage: more)
            : new Page<ChangeRecord>(edges, HasNextPage: more, HasPreviousPage: page.After is not null);
    }

    private static long Decode(string cursor) =>
        KeysetCursor.Decode(cursor, Ordering, 1)[0] is long sequence
            ? sequence
            : throw new GraphQueryException(
                ErrorCodes.InvalidCursor, "The cursor is not valid for this list and ordering; start again from the first page.");
}
