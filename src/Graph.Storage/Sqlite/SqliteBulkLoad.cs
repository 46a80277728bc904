using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Bulk loads without index upkeep. Every chunk of a large load inserts at random places of every secondary index
/// and of the full-text index, so each commit rewrites pages all over them: at a million papers the writes grew
/// to ten times the database's size. During a bulk load those indexes are dropped (with the full-text triggers),
/// except the ones the writes themselves look things up by; completing the load creates them again with the very
/// statements of the schema, and rebuilds the full-text index from the papers in one pass. Reads stay correct
/// meanwhile, only slower, and search misses the papers written since the load began. A load that never
/// completes is completed by <see cref="RepairAsync"/> when the store is next initialized: whatever of this list
/// is missing is put back.
/// </summary>
internal static class SqliteBulkLoad
{
    /// <summary>A load smaller than this is written with the indexes in place.</summary>
    public const long MinimumPapers = 20_000;

    // Secondary indexes and triggers of migrations 1, 2 and 4, verbatim (a test compares the schema after a load with
    // the schema after ordinary writes). ix_papers_organization and ix_paper_authors_author stay: every batch
    // checks its organizations and authors for orphans through them, and without them each check scans a table.
    // rejected_links keeps its index too: it is small, and extraction looks it up by its primary key, never dropped.
    internal static readonly IReadOnlyList<(string Name, string Sql)> Indexes =
    [
        ("ix_papers_published_on", "CREATE INDEX ix_papers_published_on ON papers (published_on DESC, id)"),
        ("ix_papers_upvotes", "CREATE INDEX ix_papers_upvotes ON papers (upvotes DESC, id)"),
        ("ix_papers_author_count", "CREATE INDEX ix_papers_author_count ON papers (author_count DESC, id)"),
        ("ix_papers_title", "CREATE INDEX ix_papers_title ON papers (title_sort, id)"),
        ("ix_mentions_entity", "CREATE INDEX ix_mentions_entity ON mentions (entity_id, paper_id)"),
        ("ix_papers_id_published_on", "CREATE INDEX ix_papers_id_published_on ON papers (id, published_on)"),
    ];

    internal static readonly IReadOnlyList<(string Name, string Sql)> Triggers =
    [
        ("papers_fts_after_insert", """
            CREATE TRIGGER papers_fts_after_insert AFTER INSERT ON papers BEGIN
                INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.seq, new.title, new.abstract);
            END
            """),
        ("papers_fts_after_delete", """
            CREATE TRIGGER papers_fts_after_delete AFTER DELETE ON papers BEGIN
                INSERT INTO papers_fts (papers_fts, rowid, title, abstract)
                VALUES ('delete', old.seq, old.title, old.abstract);
            END
            """),
        ("papers_fts_after_update", """
            CREATE TRIGGER papers_fts_after_update AFTER UPDATE OF seq, title, abstract ON papers BEGIN
                INSERT INTO papers_fts (papers_fts, rowid, title, abstract)
                VALUES ('delete', old.seq, old.title, old.abstract);
                INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.seq, new.title, new.abstract);
            END
            """),
    ];

    /// <summary>Starts a load of <paramref name="papers"/> papers: deferring when it at least doubles the graph.</summary>
    public static async Task<IBulkLoad> BeginAsync(
        SqliteConnectionFactory connections, long papers, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(create: false, cancellationToken);
        await using (var count = connection.Command("SELECT count(*) FROM papers;"))
        {
            if (papers < MinimumPapers || papers < await count.ScalarInt64Async(cancellationToken))
            {
                return new Load(connections, deferring: false);
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (name, _) in Triggers)
        {
            await ExecuteAsync(connection, $"DROP TRIGGER IF EXISTS {name};", cancellationToken);
        }

        foreach (var (name, _) in Indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX IF EXISTS {name};", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Load(connections, deferring: true);
    }

    /// <summary>Puts back any index or trigger a bulk load dropped, rebuilding the full-text index if it had to.</summary>
    public static async Task RepairAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using (var schema = connection.Command("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger');"))
        {
            present.UnionWith(await schema.ReadAllAsync(r => r.GetString(0), cancellationToken));
        }

        var missingIndexes = Indexes.Where(i => !present.Contains(i.Name)).ToList();
        var missingTriggers = Triggers.Where(t => !present.Contains(t.Name)).ToList();
        if (missingIndexes.Count == 0 && missingTriggers.Count == 0)
        {
            return;
        }

        // Index builds sort every row: let the sorter use a second thread, and spill to temporary files rather than
        // memory (connections otherwise keep temporary data in memory).
        await ExecuteAsync(connection, "PRAGMA threads = 2; PRAGMA temp_store = FILE;", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (_, sql) in missingIndexes)
        {
            await ExecuteAsync(connection, sql + ";", cancellationToken);
        }

        foreach (var (_, sql) in missingTriggers)
        {
            await ExecuteAsync(connection, sql + ";", cancellationToken);
        }

        if (missingTriggers.Count > 0)
        {
            // Papers written without the triggers are not in the full-text index: index them all again.
            await ExecuteAsync(connection, "INSERT INTO papers_fts (papers_fts) VALUES ('rebuild');", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA threads = 0; PRAGMA temp_store = MEMORY;", cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Load(SqliteConnectionFactory connections, bool deferring) : IBulkLoad
    {
        public bool IsDeferring => deferring;

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            if (!deferring)
            {
                return;
            }

            await SqliteOperation.GuardAsync(nameof(CompleteAsync), async () =>
            {
                await using var connection = await connections.OpenAsync(create: false, cancellationToken);
                await RepairAsync(connection, cancellationToken);
                return true;
            });
        }
    }
}
