using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Storage.Sqlite;
using static Graph.Storage.Tests.ContractFixtureGraph;
using static Graph.Storage.Tests.Sqlite.SqliteTestDatabase;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>
/// A bulk load drops the secondary and full-text indexes and builds them again at the end: the graph, the schema
/// and search must come out exactly as from ordinary writes, and an unfinished load must be repaired on the next
/// start.
/// </summary>
public sealed class SqliteBulkLoadTests : IDisposable
{
    private const string Schema = "SELECT type || '|' || name || '|' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name;";
    private const string Links = """
        SELECT m.paper_id || '|' || m.entity_id || '|' || m.kind || '|' || m.curated || '|' ||
               (SELECT group_concat(ev.text, ';') FROM evidence ev WHERE ev.paper_id = m.paper_id AND ev.entity_id = m.entity_id)
        FROM mentions m ORDER BY m.paper_id, m.entity_id;
        """;

    private const string Counts = "SELECT id || '|' || paper_count FROM entities ORDER BY id;";

    // The orphan checks every batch makes (SqliteWriteStatements.DeleteOrphans), one statement each.
    private const string OrganizationOrphans = """
        DELETE FROM organizations WHERE id IN (SELECT value FROM json_each($ids))
            AND NOT EXISTS (SELECT 1 FROM papers p WHERE p.organization_id = organizations.id);
        """;

    private const string AuthorOrphans = """
        DELETE FROM authors WHERE id IN (SELECT value FROM json_each($ids))
            AND NOT EXISTS (SELECT 1 FROM paper_authors pa WHERE pa.author_id = authors.id);
        """;

    private readonly TemporaryDirectory _directory = new();
    private readonly List<SqliteGraphStore> _stores = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BeginBulkLoadAsync_LargeLoadIntoEmptyStore_GivesTheSameGraphSchemaAndSearch()
    {
        var ordinary = await CreateAsync();
        await ordinary.WriteAsync(Batch, cancellationToken: Ct);
        var bulk = await CreateAsync();

        var load = await bulk.BeginBulkLoadAsync(SqliteBulkLoad.MinimumPapers, Ct);
        var indexesDuringLoad = await RowsAsync(bulk, "SELECT name FROM sqlite_schema WHERE name = 'ix_mentions_entity';");
        await bulk.WriteAsync(Batch, cancellationToken: Ct);
        await load.CompleteAsync(Ct);

        Assert.True(load.IsDeferring);
        Assert.Empty(indexesDuringLoad);
        Assert.Equal(await RowsAsync(ordinary, Schema), await RowsAsync(bulk, Schema));
        Assert.Equal(await RowsAsync(ordinary, Links), await RowsAsync(bulk, Links));
        Assert.Equal(await RowsAsync(ordinary, Counts), await RowsAsync(bulk, Counts));
        Assert.Equal(await SearchAsync(ordinary, "weather"), await SearchAsync(bulk, "weather"));
        Assert.NotEmpty(await SearchAsync(bulk, "weather"));
    }

    [Fact]
    public async Task BeginBulkLoadAsync_DuringTheLoad_KeepsTheIndexesTheWritesLookUpBy()
    {
        var store = await CreateAsync();

        var load = await store.BeginBulkLoadAsync(SqliteBulkLoad.MinimumPapers, Ct);
        var plan = (await PlanAsync(store, OrganizationOrphans, ("$ids", "[]")))
            .Concat(await PlanAsync(store, AuthorOrphans, ("$ids", "[]"))).ToList();
        await load.CompleteAsync(Ct);

        // Every batch looks its organizations and authors up for orphans: a scan each would grow with the graph.
        Assert.True(load.IsDeferring);
        Assert.Contains(plan, line => line.Contains("ix_papers_organization", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("ix_paper_authors_author", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal) && !line.Contains("json_each", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeginBulkLoadAsync_DuringTheLoad_ExtractedLinksLookTheirRejectionUpByPrimaryKey()
    {
        var store = await CreateAsync();
        string upsertMention;
        await using (var connection = await OpenAsync(store.DatabasePath))
        await using (var statements = new SqliteWriteStatements(connection))
        {
            upsertMention = statements.UpsertMention.CommandText;
        }

        var load = await store.BeginBulkLoadAsync(SqliteBulkLoad.MinimumPapers, Ct);
        var plan = await PlanAsync(
            store, upsertMention,
            ("$paper_id", P01), ("$entity_id", Lora), ("$kind", "method"), ("$curated", 0), ("$skip_rejected", 1));
        await load.CompleteAsync(Ct);

        // One seek per extracted link of a stored paper, whatever the size of the graph.
        Assert.True(load.IsDeferring);
        Assert.Contains(plan, line => line.StartsWith("SEARCH r USING PRIMARY KEY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeginBulkLoadAsync_ReloadingAPaperACuratorUnlinked_LeavesTheLinkOut()
    {
        var store = await CreateAsync();
        await store.WriteAsync(Batch, cancellationToken: Ct);
        await store.ApplyAsync(new UnlinkPaper(P01, Squad), new ChangeContext("ada", DateTimeOffset.UnixEpoch, "not about SQuAD"), Ct);

        var load = await store.BeginBulkLoadAsync(SqliteBulkLoad.MinimumPapers, Ct);
        await store.WriteAsync(Batch, cancellationToken: Ct);
        await load.CompleteAsync(Ct);

        Assert.True(load.IsDeferring);
        Assert.DoesNotContain(await store.GetMentionsAsync([P01], EntityKind.Dataset, Ct), m => m.EntityId == Squad);
        Assert.Equal(2, (await store.CountPapersAsync([Squad], Ct))[Squad]);
    }

    [Fact]
    public async Task BeginBulkLoadAsync_SmallLoadOrLargeStore_DefersNothing()
    {
        var store = await CreateAsync();
        var before = await RowsAsync(store, Schema);

        var small = await store.BeginBulkLoadAsync(SqliteBulkLoad.MinimumPapers - 1, Ct);
        await store.WriteAsync(Batch, cancellationToken: Ct);
        var schema = await RowsAsync(store, Schema);

        Assert.False(small.IsDeferring);
        Assert.Equal(before, schema);
    }

    [Fact]
    public async Task InitializeAsync_AfterAnUnfinishedBulkLoad_RestoresIndexesAndSearch()
    {
        var path = _directory.NewFile();
        var expected = await RowsAsync(await CreateAsync(_directory.NewFile()), Schema);
        var crashed = await CreateAsync(path);
        await crashed.BeginBulkLoadAsync(SqliteBulkLoad.MinimumPapers, Ct);
        await crashed.WriteAsync(Batch, cancellationToken: Ct);
        var searchBeforeRepair = await SearchAsync(crashed, "weather");

        var restarted = await CreateAsync(path);

        Assert.Empty(searchBeforeRepair);
        Assert.Equal(expected, await RowsAsync(restarted, Schema));
        Assert.Equal([P12], await SearchAsync(restarted, "weather"));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }

    private static async Task<List<string>> SearchAsync(SqliteGraphStore store, string text) =>
        (await store.SearchAsync(text, 10, Ct)).Select(h => h.Paper.Id).ToList();

    private async Task<SqliteGraphStore> CreateAsync(string? path = null)
    {
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = path ?? _directory.NewFile() });
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }
}
