namespace Graph.Storage.Sqlite;

/// <summary>
/// Keeps the terms' stored paper counts exact across a batch without recounting them: the links of the batch's
/// papers are counted per term before the papers are replaced and again at the end, and each term's count moves
/// by the difference. A recount of a term on a popular benchmark reads every one of its links, so recounting the
/// touched terms after every chunk of a bulk load would make the load's cost grow with the graph.
/// </summary>
internal sealed class SqlitePaperCounts
{
    private readonly Dictionary<string, long> _before = new(StringComparer.Ordinal);
    private readonly HashSet<string> _papers = new(StringComparer.Ordinal);

    /// <summary>True when the paper was already recorded in this batch.</summary>
    public bool Contains(string paperId) => _papers.Contains(paperId);

    /// <summary>Records a paper the batch writes, with the terms it is linked to before the batch touches it.</summary>
    public void Add(string paperId, IEnumerable<string> linkedBefore)
    {
        if (!_papers.Add(paperId))
        {
            return;
        }

        foreach (var entityId in linkedBefore)
        {
            _before[entityId] = _before.GetValueOrDefault(entityId) + 1;
        }
    }

    /// <summary>Moves each term's count by its links among the batch's papers now, less those before.</summary>
    public async Task SettleAsync(SqliteWriteStatements statements, CancellationToken cancellationToken)
    {
        if (_papers.Count == 0)
        {
            return;
        }

        var delta = new Dictionary<string, long>(StringComparer.Ordinal);
        statements.LinksOfPapers.Set("$paper_ids", SqliteCommands.JsonList(_papers));
        await using (var reader = await statements.LinksOfPapers.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                delta[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        foreach (var (entityId, count) in _before)
        {
            delta[entityId] = delta.GetValueOrDefault(entityId) - count;
        }

        var update = statements.AddToPaperCount;
        foreach (var (entityId, change) in delta)
        {
            if (change == 0)
            {
                continue;
            }

            update.Set("$id", entityId);
            update.Set("$delta", change);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
