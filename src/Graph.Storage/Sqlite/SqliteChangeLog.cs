using System.Globalization;
using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The audit trail: one row per change in <c>changes</c>, and one row per node it touched in
/// <c>change_targets</c>, whose key (node, sequence) makes the trail of one node an index range.
/// </summary>
internal static class SqliteChangeLog
{
    /// <summary>The only ordering of the trail: newest first. Filtered and unfiltered lists share it.</summary>
    private const string Ordering = "changes:Sequence-Desc";

    // Fixed-width UTC text sorts like the instants it names and keeps every tick of a DateTimeOffset.
    private const string AtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string Columns = "c.sequence, c.at, c.actor, c.operation, c.targets, c.summary";

    /// <summary>Appends the record of a change; returns it as the trail will show it, with its time in UTC.</summary>
    public static async Task<ChangeRecord> AppendAsync(
        SqliteConnection connection, GraphChange change, ChangeContext context, CancellationToken cancellationToken)
    {
        var at = context.At.ToUniversalTime();
        var targets = change.Targets.ToList();
        var targetsJson = SqliteCommands.JsonList(targets);
        long sequence;
        await using (var insert = connection.Command("""
            INSERT INTO changes (at, actor, operation, targets, summary)
            VALUES ($at, $actor, $operation, $targets, $summary)
            RETURNING sequence;
            """,
            ("$at", at.UtcDateTime.ToString(AtFormat, CultureInfo.InvariantCulture)),
            ("$actor", context.Actor),
            ("$operation", change.Operation),
            ("$targets", targetsJson),
            ("$summary", context.Summary)))
        {
            sequence = await insert.ScalarInt64Async(cancellationToken);
        }

        await using (var index = connection.Command("""
            INSERT OR IGNORE INTO change_targets (node_id, sequence) SELECT value, $sequence FROM json_each($targets);
            """,
            ("$sequence", sequence),
            ("$targets", targetsJson)))
        {
            await index.ExecuteNonQueryAsync(cancellationToken);
        }

        return new ChangeRecord(sequence, at, context.Actor, change.Operation, targets, context.Summary);
    }

    /// <summary>A keyset page of the trail, newest first, of one node when <paramref name="nodeId"/> is given.</summary>
    public static async Task<Page<ChangeRecord>> GetChangesAsync(
        SqliteConnection connection, string? nodeId, PageRequest page, CancellationToken cancellationToken)
    {
        page = page.Validate();
        var backward = page.IsBackward;
        var cursor = (backward ? page.Before : page.After) is { } text ? Decode(text) : (long?)null;

        await using var command = connection.Command(
            PageSql(byNode: nodeId is not null, resume: cursor is not null, backward),
            ("$node_id", nodeId),
            ("$cursor", cursor),
            ("$limit", page.Size + 1));
        var rows = await command.ReadAllAsync(ReadRecord, cancellationToken);

        var more = rows.Count > page.Size;
        var kept = rows.Take(page.Size).ToList();
        if (backward)
        {
            kept.Reverse();
        }

        var edges = kept.Select(r => new Edge<ChangeRecord>(r, KeysetCursor.Encode(Ordering, [r.Sequence]))).ToList();
        return backward
            ? new Page<ChangeRecord>(edges, HasNextPage: page.Before is not null, HasPreviousPage: more)
            : new Page<ChangeRecord>(edges, HasNextPage: more, HasPreviousPage: page.After is not null);
    }

    /// <summary>
    /// The statement that reads one page (parameters <c>$node_id</c>, <c>$cursor</c>, <c>$limit</c>): newest first,
    /// so forwards walks down the sequence and backwards up it (the page is reversed after).
    /// </summary>
    public static string PageSql(bool byNode, bool resume, bool backward)
    {
        // Filtered, the sequence is read from the (node, sequence) key, so the page is a range of that index.
        var key = byNode ? "t.sequence" : "c.sequence";
        var source = byNode
            ? "FROM change_targets t JOIN changes c ON c.sequence = t.sequence WHERE t.node_id = $node_id"
            : "FROM changes c WHERE 1";
        var after = resume ? $" AND {key} {(backward ? ">" : "<")} $cursor" : "";
        return $"SELECT {Columns} {source}{after} ORDER BY {key} {(backward ? "ASC" : "DESC")} LIMIT $limit;";
    }

    private static ChangeRecord ReadRecord(SqliteDataReader reader) => new(
        Sequence: reader.GetInt64(0),
        At: DateTimeOffset.ParseExact(
            reader.GetString(1), AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        Actor: reader.GetString(2),
        Operation: reader.GetString(3),
        Targets: SqliteRows.ReadStringList(reader.GetString(4)),
        Summary: reader.GetString(5));

    private static long Decode(string cursor) =>
        KeysetCursor.Decode(cursor, Ordering, 1)[0] is long sequence
            ? sequence
            : throw new GraphQueryException(
                ErrorCodes.InvalidCursor,
                "The cursor is not valid for this list and ordering; start again from the first page.");
}
