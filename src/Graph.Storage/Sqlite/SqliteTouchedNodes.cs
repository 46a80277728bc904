namespace Graph.Storage.Sqlite;

/// <summary>
/// The terms, organizations and authors whose papers a write changed: at the end of the write, the terms'
/// stored paper counts are recomputed and organizations and authors left without papers are dropped.
/// </summary>
internal sealed class SqliteTouchedNodes
{
    public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Organizations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Authors { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds every node the paper is linked to now, before its links are replaced or removed; returns the terms
    /// among them.
    /// </summary>
    public async Task<List<string>> AddLinksOfAsync(
        SqliteWriteStatements statements, string paperId, CancellationToken cancellationToken)
    {
        var entities = new List<string>();
        statements.PreviousLinks.Set("$paper_id", paperId);
        await using var reader = await statements.PreviousLinks.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var target = reader.GetString(0) switch
            {
                "organization" => Organizations,
                "author" => Authors,
                _ => Entities,
            };
            var id = reader.GetString(1);
            target.Add(id);
            if (target == Entities)
            {
                entities.Add(id);
            }
        }

        return entities;
    }

    /// <summary>Recounts the touched terms' papers and drops touched organizations and authors without papers.</summary>
    public async Task SettleAsync(SqliteWriteStatements statements, CancellationToken cancellationToken)
    {
        statements.RecountPapers.Set("$ids", SqliteCommands.JsonList(Entities));
        await statements.RecountPapers.ExecuteNonQueryAsync(cancellationToken);
        await DeleteOrphansAsync(statements, cancellationToken);
    }

    /// <summary>Drops touched organizations and authors that no paper refers to any more.</summary>
    public async Task DeleteOrphansAsync(SqliteWriteStatements statements, CancellationToken cancellationToken)
    {
        statements.DeleteOrphans.Set("$organization_ids", SqliteCommands.JsonList(Organizations));
        statements.DeleteOrphans.Set("$author_ids", SqliteCommands.JsonList(Authors));
        await statements.DeleteOrphans.ExecuteNonQueryAsync(cancellationToken);
    }
}
