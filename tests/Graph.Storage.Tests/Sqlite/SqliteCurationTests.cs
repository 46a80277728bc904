using System.Globalization;
using System.Text.Json;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Graph.Storage.Tests.ContractFixtureGraph;
using static Graph.Storage.Tests.Sqlite.SqliteTestDatabase;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>
/// What only the SQLite backend promises about curation: the schema step that added it, the audit trail's
/// tables and index, the write lock that serializes changes, and the derived data (search index, paper counts).
/// </summary>
public sealed class SqliteCurationTests : IDisposable
{
    private const string Rejections = "SELECT paper_id || '|' || entity_id FROM rejected_links ORDER BY paper_id, entity_id;";

    private static readonly ChangeContext Context = new("ada", new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), "test");

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
    public async Task InitializeAsync_DatabaseAtVersionTwo_AddsCurationWithoutLosingData()
    {
        var path = _directory.NewFile();
        await using (var connection = await OpenAsync(path))
        {
            await ExecuteAsync(connection, SqliteSchema.Migrations[0].Sql);
            await ExecuteAsync(connection, SqliteSchema.Migrations[1].Sql);
            await ExecuteAsync(connection, """
                CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
                INSERT INTO schema_version VALUES (1, 'graph tables and indexes', 'first'), (2, 'full-text index over titles and abstracts', 'second');
                INSERT INTO papers (id, title, title_sort, abstract) VALUES ('arxiv:1', 'Legacy LoRA', 'legacy lora', 'Written before curation.');
                INSERT INTO entities (id, kind, name, name_sort, aliases, paper_count) VALUES ('method:lora', 'method', 'LoRA', 'lora', '[]', 1);
                INSERT INTO entity_names VALUES ('lora', 'method:lora');
                INSERT INTO mentions (paper_id, entity_id, kind) VALUES ('arxiv:1', 'method:lora', 'method');
                INSERT INTO evidence VALUES ('arxiv:1', 'method:lora', 0, 'title', 7, 11, 'LoRA');
                """);
        }

        var store = await CreateAsync(path);

        Assert.Equal(
            ["1|first", "2|second"],
            (await RowsAsync(store, "SELECT version, applied_at FROM schema_version WHERE version < 3 ORDER BY version;")));
        Assert.Equal(SqliteSchema.LatestVersion.ToString(CultureInfo.InvariantCulture), await ScalarAsync(store, "SELECT max(version) FROM schema_version;"));
        Assert.Equal(SqliteSchema.LatestVersion, (await store.CheckHealthAsync(Ct)).SchemaVersion);
        var legacy = new Mention("arxiv:1", "method:lora", EntityKind.Method, [new Evidence(TextField.Title, 7, 11, "LoRA")]);
        Assert.Equal(
            JsonSerializer.Serialize(new[] { legacy }),
            JsonSerializer.Serialize(await store.GetMentionsAsync(["arxiv:1"], cancellationToken: Ct)));
        Assert.Equal("arxiv:1", Assert.Single(await store.SearchAsync("legacy", 10, Ct)).Paper.Id);
        Assert.Empty((await store.GetChangesAsync(null, PageRequest.FirstPage(10), Ct)).Edges);

        var record = await store.ApplyAsync(new UnlinkPaper("arxiv:1", "method:lora"), Context, Ct);

        Assert.Equal(record.Sequence, Assert.Single((await store.GetChangesAsync("arxiv:1", PageRequest.FirstPage(10), Ct)).Edges).Node.Sequence);
        Assert.Equal(0, (await store.CountPapersAsync(["method:lora"], Ct))["method:lora"]);
    }

    [Theory]
    [InlineData("UPDATE changes SET actor = 'mallory';")]
    [InlineData("DELETE FROM changes;")]
    [InlineData("UPDATE change_targets SET node_id = 'arxiv:elsewhere';")]
    [InlineData("DELETE FROM change_targets;")]
    public async Task AuditTrail_EditedUnderTheStore_IsRefusedByTheDatabase(string sql)
    {
        var store = await CreateWithFixtureAsync();
        await store.ApplyAsync(new LinkPaper(new Mention(P12, Bert, EntityKind.Model, [])), Context, Ct);

        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(store, sql));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("1|1", await ScalarAsync(store, "SELECT (SELECT count(*) FROM changes), (SELECT count(*) FROM change_targets WHERE node_id = 'model:bert');"));
    }

    [Fact]
    public async Task ApplyAsync_Record_StoresItsTimeAsIsoUtcTextAndItsTargetsAsJson()
    {
        var store = await CreateWithFixtureAsync();
        var context = Context with { At = new DateTimeOffset(2026, 3, 2, 11, 30, 0, 5, TimeSpan.FromHours(2)) };

        await store.ApplyAsync(new LinkPaper(new Mention(P12, Bert, EntityKind.Model, [])), context, Ct);

        Assert.Equal(
            $"2026-03-02T09:30:00.0050000Z|ada|linkPaper|[\"{P12}\",\"model:bert\"]|test",
            await ScalarAsync(store, "SELECT at, actor, operation, targets, summary FROM changes;"));
        Assert.Equal(
            ["model:bert|1", $"{P12}|1"],
            await RowsAsync(store, "SELECT node_id, sequence FROM change_targets ORDER BY node_id;"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetChangesAsync_ForANode_ReadsARangeOfTheTargetIndexWithoutSorting(bool backward)
    {
        var store = await CreateWithFixtureAsync();

        var plan = await PlanAsync(
            store,
            SqliteChangeLog.PageSql(byNode: true, resume: true, backward),
            ("$node_id", P01),
            ("$cursor", 10L),
            ("$limit", 21));

        Assert.Contains(plan, line => line.StartsWith("SEARCH t USING PRIMARY KEY (node_id=? AND sequence", StringComparison.Ordinal));
        Assert.Contains("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal) || line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_WhileAnotherConnectionHoldsTheWriteLock_WaitsForItInsteadOfFailing()
    {
        var store = await CreateWithFixtureAsync();
        await using var blocker = await OpenAsync(store.DatabasePath);
        await ExecuteAsync(blocker, "BEGIN IMMEDIATE;");

        // On a thread of its own: Microsoft.Data.Sqlite runs "async" calls synchronously, so the wait would block the test.
        var change = Task.Run(
            () => store.ApplyAsync(new LinkPaper(new Mention(P12, Bert, EntityKind.Model, [])), Context, Ct), Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        Assert.False(change.IsCompleted);
        await ExecuteAsync(blocker, "COMMIT;");

        Assert.Equal(1, (await change).Sequence);
        Assert.True(Assert.Single(await store.GetMentionsAsync([P12], cancellationToken: Ct)).Curated);
    }

    [Fact]
    public async Task ApplyAsync_UpdateAndRemovePaper_KeepTheFullTextIndexInStep()
    {
        var store = await CreateWithFixtureAsync();
        var original = Paper(P01).Paper;
        var updated = new PaperGraph(original with { Title = "Sparse Attention Tricks", Abstract = "Nothing about adapters." }, [], []);

        await store.ApplyAsync(new UpdatePaper(updated, original.Title, original.Abstract), Context, Ct);
        await store.ApplyAsync(new RemovePaper(P11), Context, Ct);

        Assert.Equal(P01, Assert.Single(await store.SearchAsync("sparse attention", 10, Ct)).Paper.Id);
        Assert.Empty(await store.SearchAsync("lora", 10, Ct));
        Assert.Equal([P03], (await store.SearchAsync("multilingual", 10, Ct)).Select(h => h.Paper.Id));
        await ExecuteAsync(store, "INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check');");
    }

    [Fact]
    public async Task ApplyAsync_EveryKindOfChange_KeepsStoredPaperCountsEqualToTheLinks()
    {
        var store = await CreateWithFixtureAsync();
        GraphChange[] changes =
        [
            new LinkPaper(new Mention(P12, Bert, EntityKind.Model, [])),
            new UnlinkPaper(P01, Squad),
            new MergeTerms(Lora, QLora),
            new MergeTerms(Mmlu, Squad),
            new RemovePaper(P02),
            new UpsertTerm(new Entity("method:dora", EntityKind.Method, "DoRA", [], Lora, null), [new Mention(P06, "method:dora", EntityKind.Method, [])]),
            new AddPaper(Paper(P05) with { Mentions = [] }),
        ];
        foreach (var change in changes)
        {
            await store.ApplyAsync(change, Context, Ct);
        }

        var drift = await ScalarAsync(store, """
            SELECT count(*) FROM entities e
            WHERE e.paper_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id);
            """);

        Assert.Equal("0", drift);
        Assert.Equal("0", await ScalarAsync(store, "SELECT count(*) FROM evidence ev WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = ev.paper_id AND m.entity_id = ev.entity_id);"));
        Assert.Equal("0", await ScalarAsync(store, "SELECT count(*) FROM pragma_foreign_key_check;"));
        Assert.Equal("0", await ScalarAsync(store, "SELECT count(*) FROM rejected_links r JOIN mentions m USING (paper_id, entity_id);"));
    }

    [Fact]
    public async Task ApplyAsync_UnlinkLinkAndRemove_KeepARejectionExactlyWhileTheLinkIsRejected()
    {
        var store = await CreateWithFixtureAsync();

        await store.ApplyAsync(new UnlinkPaper(P01, Squad), Context, Ct);
        var afterUnlink = await RowsAsync(store, Rejections);
        await store.ApplyAsync(new LinkPaper(new Mention(P01, Squad, EntityKind.Dataset, [])), Context, Ct);
        var afterLink = await RowsAsync(store, Rejections);
        await store.ApplyAsync(new UnlinkPaper(P01, Squad), Context, Ct);
        await store.ApplyAsync(new UnlinkPaper(P05, Squad), Context, Ct);
        await store.ApplyAsync(new RemovePaper(P01), Context, Ct);

        Assert.Equal([$"{P01}|{Squad}"], afterUnlink);
        Assert.Empty(afterLink);
        Assert.Equal([$"{P05}|{Squad}"], await RowsAsync(store, Rejections));
    }

    [Fact]
    public async Task WriteAsync_CuratedLinkOfABatch_LiftsTheRejection()
    {
        var store = await CreateWithFixtureAsync();
        await store.ApplyAsync(new UnlinkPaper(P01, Squad), Context, Ct);
        var copied = Paper(P01) with
        {
            Mentions = Paper(P01).Mentions.Select(m => m.EntityId == Squad ? m with { Curated = true } : m).ToList(),
        };

        await store.WriteAsync(new GraphBatch([], [copied]), cancellationToken: Ct);

        Assert.Empty(await RowsAsync(store, Rejections));
        Assert.True((await store.GetMentionsAsync([P01], EntityKind.Dataset, Ct)).Single(m => m.EntityId == Squad).Curated);
    }

    private async Task<SqliteGraphStore> CreateAsync(string? path = null)
    {
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = path ?? _directory.NewFile() });
        _stores.Add(store);
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
