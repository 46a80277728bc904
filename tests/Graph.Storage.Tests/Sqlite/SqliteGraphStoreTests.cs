using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Graph.Storage.Tests.ContractFixtureGraph;
using static Graph.Storage.Tests.Sqlite.SqliteTestDatabase;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>What only the SQLite backend promises: its file format, schema history, indexes and SQL safety.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly List<SqliteGraphStore> _stores = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesWriteAheadLogging()
    {
        var store = await CreateAsync();

        Assert.Equal("wal", await ScalarAsync(store, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_RecordsEveryMigrationInOrder()
    {
        var store = await CreateAsync();

        var versions = await RowsAsync(store, "SELECT version, description FROM schema_version ORDER BY version;");

        Assert.Equal(
            SqliteSchema.Migrations.Select(m => $"{m.Version}|{m.Description}"),
            versions);
        Assert.Equal(SqliteSchema.LatestVersion, (await store.CheckHealthAsync(Ct)).SchemaVersion);
    }

    [Fact]
    public async Task InitializeAsync_RunAgain_AppliesNothing()
    {
        var store = await CreateAsync();
        var before = await RowsAsync(store, "SELECT version, applied_at FROM schema_version ORDER BY version;");

        await store.InitializeAsync(Ct);

        Assert.Equal(before, await RowsAsync(store, "SELECT version, applied_at FROM schema_version ORDER BY version;"));
    }

    [Fact]
    public async Task InitializeAsync_DatabaseAtFirstVersion_AppliesOnlyTheMissingStepsAndIndexesExistingPapers()
    {
        var path = _directory.NewFile();
        await using (var connection = await OpenAsync(path))
        {
            await ExecuteAsync(connection, SqliteSchema.Migrations[0].Sql);
            await ExecuteAsync(connection, """
                CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
                INSERT INTO schema_version VALUES (1, 'graph tables and indexes', 'then');
                INSERT INTO papers (id, title, title_sort, abstract) VALUES ('arxiv:1', 'Legacy Paper', 'legacy paper', 'Written before search.');
                """);
        }

        var store = await CreateAsync(path);

        Assert.Equal("then", await ScalarAsync(store, "SELECT applied_at FROM schema_version WHERE version = 1;"));
        Assert.Equal(SqliteSchema.Migrations.Count, int.Parse(await ScalarAsync(store, "SELECT count(*) FROM schema_version;"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("arxiv:1", Assert.Single(await store.SearchAsync("legacy", 10, Ct)).Paper.Id);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromANewerBuild_FailsWithAClearMessage()
    {
        var store = await CreateAsync();
        await ExecuteAsync(store, $"INSERT INTO schema_version VALUES ({SqliteSchema.LatestVersion + 1}, 'future', 'later');");

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.InitializeAsync(Ct));

        Assert.Equal(nameof(IGraphStore.InitializeAsync), error.Operation);
        var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains($"schema version {SqliteSchema.LatestVersion + 1}", inner.Message, StringComparison.Ordinal);
        var health = await store.CheckHealthAsync(Ct);
        Assert.True(health.Reachable);
        Assert.NotNull(health.Problem);
    }

    [Fact]
    public async Task InitializeAsync_MissingDirectory_CreatesItAndTheDatabase()
    {
        var path = Path.Combine(_directory.Path, "nested", "deeper", "graph.db");

        await CreateAsync(path);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task CheckHealthAsync_MissingFile_ReportsUnreachableWithoutCreatingIt()
    {
        var path = _directory.NewFile();
        var store = Track(new SqliteGraphStore(new SqliteOptions { DatabasePath = path }));

        var health = await store.CheckHealthAsync(Ct);

        Assert.False(health.Reachable);
        Assert.Equal(SqliteGraphStore.BackendName, health.Backend);
        Assert.NotNull(health.Problem);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task CheckHealthAsync_DatabaseNeverInitialized_ReportsTheMissingSchema()
    {
        var path = _directory.NewFile();
        await using (var connection = await OpenAsync(path))
        {
            await ExecuteAsync(connection, "CREATE TABLE unrelated (x INTEGER);");
        }

        var health = await Track(new SqliteGraphStore(new SqliteOptions { DatabasePath = path })).CheckHealthAsync(Ct);

        Assert.True(health.Reachable);
        Assert.Equal(0, health.SchemaVersion);
        Assert.Contains("initialize", health.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetStatsAsync_DatabaseMissing_RaisesStoreExceptionNamingTheOperation()
    {
        var store = Track(new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.NewFile() }));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetStatsAsync(Ct));

        Assert.Equal(nameof(IGraphStore.GetStatsAsync), error.Operation);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task SearchAsync_BackendFails_NamesTheOperationButNotTheSearchText()
    {
        var store = await CreateAsync();
        await ExecuteAsync(store, "DROP TABLE papers_fts;");

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.SearchAsync("confidential-term", 10, Ct));

        Assert.Equal(nameof(IGraphStore.SearchAsync), error.Operation);
        Assert.DoesNotContain("confidential", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("confidential", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_PaperRewritten_KeepsTheFullTextIndexInStep()
    {
        var store = await CreateWithFixtureAsync();
        var rewritten = Paper(P01) with
        {
            Paper = Paper(P01).Paper with { Title = "Sparse Attention Tricks", Abstract = "Nothing about adapters." },
            Mentions = [],
        };

        await store.WriteAsync(new GraphBatch([], [rewritten]), cancellationToken: Ct);

        Assert.DoesNotContain(P01, (await store.SearchAsync("lora", 10, Ct)).Select(h => h.Paper.Id));
        Assert.DoesNotContain(P01, (await store.SearchAsync("squad", 10, Ct)).Select(h => h.Paper.Id));
        Assert.Equal(P01, Assert.Single(await store.SearchAsync("sparse attention", 10, Ct)).Paper.Id);
        await ExecuteAsync(store, "INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check');");
    }

    [Fact]
    public async Task WriteAsync_SameBatchTwice_KeepsOneIndexEntryPerPaper()
    {
        var store = await CreateWithFixtureAsync();

        await store.WriteAsync(Batch, cancellationToken: Ct);

        Assert.Equal(6, (await store.SearchAsync("mmlu", 100, Ct)).Count);
        await ExecuteAsync(store, "INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check');");
    }

    [Fact]
    public async Task WriteAsync_Fixture_KeepsStoredPaperCountsEqualToTheLinks()
    {
        var store = await CreateWithFixtureAsync();
        await store.WriteAsync(new GraphBatch([], [Paper(P01) with { Mentions = [] }]), cancellationToken: Ct);

        var drift = await ScalarAsync(store, """
            SELECT count(*) FROM entities e
            WHERE e.paper_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id);
            """);

        Assert.Equal("0", drift);
    }

    [Fact]
    public async Task ListPapersAsync_CursorWithValuesOfTheWrongType_RaisesInvalidCursor()
    {
        var store = await CreateWithFixtureAsync();
        var forged = KeysetCursor.Encode(KeysetCursor.Signature("papers", PaperQuery.DefaultOrder), [20240115L, P01]);

        var error = await Assert.ThrowsAsync<GraphQueryException>(
            () => store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: 5, After: forged)), Ct));

        Assert.Equal(ErrorCodes.InvalidCursor, error.Code);
    }

    [Fact]
    public async Task ListPapersAsync_ConcurrentReadersDuringWrites_AllSucceed()
    {
        var store = await CreateWithFixtureAsync();

        var writers = Enumerable.Range(0, 3).Select(_ => store.WriteAsync(Batch, cancellationToken: Ct));
        var readers = Enumerable.Range(0, 12).Select(async i =>
        {
            var page = await store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(20)), Ct);
            Assert.Equal(12, page.Edges.Count);
            Assert.Equal(12, (await store.GetStatsAsync(Ct)).NodesByLabel[nameof(NodeLabel.Paper)]);
        });
        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(12, await store.CountPapersAsync(where: null, Ct));
    }

    [Fact]
    public async Task ReadAllPapersAsync_SeveralChunksWhileAWriteCommits_StreamsOneSnapshot()
    {
        var store = await CreateAsync();
        var papers = Enumerable.Range(0, 1201)
            .Select(i => new PaperGraph(
                new Paper($"arxiv:9000.{i:D5}", $"Paper {i}", "", null, null, null, null, null, []), [], []))
            .ToList();
        await store.WriteAsync(new GraphBatch([], papers), cancellationToken: Ct);

        var streamed = new List<string>();
        await foreach (var graph in store.ReadAllPapersAsync(Ct))
        {
            if (streamed.Count == 0)
            {
                var late = new Paper("arxiv:9999.99999", "Written during the export", "", null, null, null, null, null, []);
                await store.WriteAsync(new GraphBatch([], [new PaperGraph(late, [], [])]), cancellationToken: Ct);
            }

            streamed.Add(graph.Paper.Id);
        }

        Assert.Equal(papers.Select(p => p.Paper.Id), streamed);
        Assert.Equal(1202, await store.CountPapersAsync(where: null, Ct));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PapersSharingBenchmarkAsync_QueryPlan_ReachesOtherPapersThroughTheEntityIndex(bool includeVariants)
    {
        var store = await CreateWithFixtureAsync();
        var families = (includeVariants ? SqliteBenchmarkQueries.VariantFamilies : SqliteBenchmarkQueries.ExactFamilies) +
                       SqliteBenchmarkQueries.FamilyMembers;
        const string postings =
            "SELECT paper_id FROM mentions WHERE entity_id = $entity_id AND paper_id >= $from ORDER BY paper_id LIMIT $limit;";

        var familyPlan = await PlanAsync(store, families, ("$source_paper_id", P01));
        var postingPlan = await PlanAsync(store, postings, ("$entity_id", "dataset:mmlu"), ("$from", P01), ("$limit", 32));

        Assert.DoesNotContain(familyPlan, line => line.StartsWith("SCAN m", StringComparison.Ordinal)
                                                  || line.StartsWith("SCAN e", StringComparison.Ordinal));
        Assert.Contains(postingPlan, line => line.Contains("USING COVERING INDEX ix_mentions_entity (entity_id=? AND paper_id>?)", StringComparison.Ordinal));
        Assert.DoesNotContain(postingPlan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListPapersAsync_DefaultOrder_ReadsTheDateIndexInsteadOfSorting()
    {
        var store = await CreateWithFixtureAsync();

        var plan = await PlanAsync(
            store, "SELECT p.id FROM papers p ORDER BY p.published_on DESC NULLS LAST, p.id ASC LIMIT 21;");

        Assert.Contains(plan, line => line.Contains("ix_papers_published_on", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrendAsync_QueryPlan_ReadsDatesFromTheCoveringIndex()
    {
        var store = await CreateWithFixtureAsync();

        var plan = await PlanAsync(store, SqliteTermQueries.TrendSql, ("$entity_id", "dataset:mmlu"));

        Assert.Contains(plan, line => line.Contains("USING COVERING INDEX ix_papers_id_published_on", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NeighbourhoodAsync_QueryPlan_SeeksEveryBranchInsteadOfScanning()
    {
        var store = await CreateWithFixtureAsync();

        var plan = await PlanAsync(
            store, SqliteAdjacency.SmallestNewNeighboursSql, ("$id", "dataset:mmlu"), ("$excluded", "[]"), ("$take", 10));

        // Every table is searched through an index; only the excluded list and the branches' short results are scanned.
        Assert.Contains(plan, line => line.Contains("SEARCH mentions USING COVERING INDEX ix_mentions_entity (entity_id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line is "SCAN mentions" or "SCAN entities" or "SCAN papers" or "SCAN paper_authors"
                                            || line.StartsWith("SCAN mentions ", StringComparison.Ordinal)
                                            || line.StartsWith("SCAN papers ", StringComparison.Ordinal));
    }

    private SqliteGraphStore Track(SqliteGraphStore store)
    {
        _stores.Add(store);
        return store;
    }

    private async Task<SqliteGraphStore> CreateAsync(string? path = null)
    {
        var store = Track(new SqliteGraphStore(new SqliteOptions { DatabasePath = path ?? _directory.NewFile() }));
        await store.InitializeAsync(Ct);
        return store;
    }

    private async Task<SqliteGraphStore> CreateWithFixtureAsync()
    {
        var store = await CreateAsync();
        await store.WriteAsync(Batch, cancellationToken: Ct);
        return store;
    }
}
