namespace Graph.Storage.Neo4j;

/// <summary>Runs statements: inside an explicit transaction, or each on its own as a read.</summary>
internal interface INeo4jRunner
{
    Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken);
}

/// <summary>Runs each statement as its own read, retried and with bookmarks, for one port operation.</summary>
internal sealed class Neo4jReadRunner(Neo4jExecutor executor, string operation) : INeo4jRunner
{
    public Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken) =>
        executor.ReadAsync(operation, statement, cancellationToken);
}
