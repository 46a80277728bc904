namespace Graph.Storage.Neo4j;

/// <summary>
/// An explicit transaction of the Query API. It opens with its first statement (saving a round trip), pins later
/// requests to the cluster member that opened it (<c>neo4j-cluster-affinity</c>) and, unless committed, is rolled
/// back when disposed.
/// </summary>
internal sealed class Neo4jTransaction : INeo4jRunner, IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jAccessMode _mode;
    private readonly IReadOnlyCollection<string> _bookmarks;
    private string? _id;
    private string? _affinity;
    private bool _finished;

    public Neo4jTransaction(Neo4jQueryClient client, Neo4jAccessMode mode, IReadOnlyCollection<string> bookmarks)
    {
        _client = client;
        _mode = mode;
        _bookmarks = bookmarks;
    }

    /// <summary>Runs a statement in the transaction, opening it first if this is its first statement.</summary>
    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_id is not null)
        {
            return await _client.RunInAsync(_id, _affinity, statement, cancellationToken);
        }

        var result = await _client.OpenAsync(statement, _mode, _bookmarks, cancellationToken);
        _id = result.TransactionId;
        _affinity = result.Affinity;
        return result;
    }

    /// <summary>Commits; returns the bookmarks of the commit (none when nothing ran).</summary>
    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_id is null)
        {
            _finished = true;
            return [];
        }

        var result = await _client.CommitAsync(_id, _affinity, cancellationToken);
        _finished = true;
        return result.Bookmarks;
    }

    /// <summary>Rolls back unless committed. Best effort: a transaction that failed is already gone on the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_id is null || _finished)
        {
            _finished = true;
            return;
        }

        _finished = true;
        try
        {
            // Not the caller's token: a cancelled unit of work must still release its locks promptly.
            await _client.RollbackAsync(_id, _affinity, CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or TimeoutException or InvalidDataException)
        {
            // The server rolls back a transaction that failed and drops one that expires, so nothing is left open.
        }
    }
}
