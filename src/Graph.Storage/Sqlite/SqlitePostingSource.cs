using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The prepared statements that read a term's papers from the mentions(entity_id, paper_id) index in one
/// direction, from the start, at or after an id, or after an id; shared by every posting list of one traversal.
/// </summary>
internal sealed class SqlitePostingSource(SqliteConnection connection, bool descending) : IAsyncDisposable
{
    private readonly Dictionary<Bound, SqliteCommand> _commands = [];

    public enum Bound
    {
        None,
        AtOrAfter,
        After,
    }

    /// <summary>True when ids are read largest first.</summary>
    public bool Descending => descending;

    public async Task<List<string>> ReadAsync(
        string entityId, Bound bound, string? from, int limit, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(bound, out var command))
        {
            var comparison = (bound, descending) switch
            {
                (Bound.None, _) => "",
                (Bound.AtOrAfter, false) => " AND paper_id >= $from",
                (Bound.After, false) => " AND paper_id > $from",
                (Bound.AtOrAfter, true) => " AND paper_id <= $from",
                _ => " AND paper_id < $from",
            };
            command = connection.Command(
                $"SELECT paper_id FROM mentions WHERE entity_id = $entity_id{comparison} " +
                $"ORDER BY paper_id{(descending ? " DESC" : "")} LIMIT $limit;",
                ("$entity_id", null), ("$from", null), ("$limit", null));
            _commands[bound] = command;
        }

        command.Set("$entity_id", entityId);
        command.Set("$from", from);
        command.Set("$limit", limit);
        return await command.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }
}
