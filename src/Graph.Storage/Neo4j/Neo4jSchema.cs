using System.Globalization;
using Graph.Core.Storage;
using Graph.Storage.Cypher;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Creates the schema (<see cref="CypherSchemaPlan"/>: constraints, range indexes, the full-text index), records its
/// version on the <c>(:GraphSchema)</c> node, and reports reachability and that version for health checks.
/// </summary>
internal static class Neo4jSchema
{
    /// <summary>The schema version this build creates and understands.</summary>
    public const int LatestVersion = 1;

    /// <summary>The longest start-up waits for new indexes to come online.</summary>
    private const int IndexWaitSeconds = 300;

    /// <summary>Applies every schema statement (each in its own transaction, as Neo4j requires) and records the version.</summary>
    /// <exception cref="InvalidOperationException">The database was initialized by a newer build.</exception>
    public static async Task InitializeAsync(Neo4jExecutor executor, string operation, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await ReadVersionAsync(new Neo4jReadRunner(executor, operation), cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The Neo4j database is at schema version {current}, newer than the {LatestVersion} this build knows; " +
                "upgrade the application or point it at another database.");
        }

        foreach (var (name, text) in CypherSchemaPlan.Statements())
        {
            await executor.WriteAsync(operation, new Neo4jStatement(name, text, new Dictionary<string, object?>()), cancellationToken);
        }

        await executor.WriteAsync(
            operation, Neo4jCypher.Statement("schema/await-indexes", ("timeoutSeconds", IndexWaitSeconds)), cancellationToken);
        await executor.WriteAsync(
            operation,
            Neo4jCypher.Statement(
                "schema/set-version",
                ("version", LatestVersion),
                ("appliedAt", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))),
            cancellationToken);
    }

    /// <summary>The recorded schema version; 0 for a database the store never initialized.</summary>
    public static async Task<int> ReadVersionAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Neo4jCypher.Statement("schema/version"), cancellationToken);
        return result.Records.Count == 0 || result.Records[0]["version"] is null ? 0 : Neo4jValues.Int(result.Records[0]["version"]);
    }

    /// <summary>Whether Neo4j answers and the schema is the one this build expects; never throws for a failing server.</summary>
    public static async Task<StoreHealth> CheckAsync(
        INeo4jRunner runner, string backend, CancellationToken cancellationToken)
    {
        int version;
        try
        {
            version = await ReadVersionAsync(runner, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new StoreHealth(backend, Reachable: false, SchemaVersion: 0, Problem: Describe(e));
        }

        var problem = version == LatestVersion ? null
            : version < LatestVersion
                ? $"The schema is at version {version}, older than {LatestVersion}; initialize the store."
                : $"The schema is at version {version}, newer than the {LatestVersion} this build knows.";
        return new StoreHealth(backend, Reachable: true, version, problem);
    }

    /// <summary>What went wrong, in words safe for a health endpoint: no credentials, no parameter values.</summary>
    private static string Describe(Exception e) => e switch
    {
        Neo4jException neo4j => neo4j.Message,
        TimeoutException timeout => timeout.Message,
        HttpRequestException http => $"Neo4j is not reachable ({http.HttpRequestError}).",
        OperationCanceledException => "The health check was cancelled.",
        _ => $"Neo4j could not be queried ({e.GetType().Name}).",
    };
}
