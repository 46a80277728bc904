using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations, and the code that brings a database up to the latest one.
/// Applied steps are recorded in <c>schema_version</c>; a database newer than this build is refused.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "graph tables and indexes", """
            CREATE TABLE organizations (
                id   TEXT PRIMARY KEY,
                name TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE authors (
                id   TEXT PRIMARY KEY,
                name TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;

            -- seq is the stable integer rowid the full-text index refers to; id is the graph's key.
            CREATE TABLE papers (
                seq             INTEGER PRIMARY KEY,
                id              TEXT NOT NULL UNIQUE,
                title           TEXT NOT NULL,
                title_sort      TEXT NOT NULL,
                abstract        TEXT NOT NULL,
                published_on    TEXT CHECK (published_on IS NULL OR published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                author_count    INTEGER,
                upvotes         INTEGER,
                arxiv_id        TEXT,
                organization    TEXT,
                organization_id TEXT REFERENCES organizations (id)
            ) STRICT;
            CREATE INDEX ix_papers_published_on ON papers (published_on DESC, id);
            CREATE INDEX ix_papers_upvotes ON papers (upvotes DESC, id);
            CREATE INDEX ix_papers_author_count ON papers (author_count DESC, id);
            CREATE INDEX ix_papers_title ON papers (title_sort, id);
            CREATE INDEX ix_papers_organization ON papers (organization_id);

            CREATE TABLE paper_authors (
                paper_id  TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
                position  INTEGER NOT NULL,
                author_id TEXT NOT NULL REFERENCES authors (id),
                name      TEXT NOT NULL,
                PRIMARY KEY (paper_id, position)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_paper_authors_author ON paper_authors (author_id, paper_id);

            -- parent_id is VARIANT_OF; checked at commit so a batch may list a variant before its parent.
            CREATE TABLE entities (
                id          TEXT PRIMARY KEY,
                kind        TEXT NOT NULL CHECK (kind IN ('method', 'dataset', 'topic', 'model')),
                name        TEXT NOT NULL,
                name_sort   TEXT NOT NULL,
                aliases     TEXT NOT NULL CHECK (json_valid(aliases)),
                parent_id   TEXT REFERENCES entities (id) DEFERRABLE INITIALLY DEFERRED,
                description TEXT,
                paper_count INTEGER NOT NULL DEFAULT 0
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_entities_parent ON entities (parent_id);
            CREATE INDEX ix_entities_kind_name ON entities (kind, name_sort, id);
            CREATE INDEX ix_entities_kind_paper_count ON entities (kind, paper_count, id);

            -- Lower-cased canonical name and aliases, for case-insensitive lookup by name.
            CREATE TABLE entity_names (
                name_key  TEXT NOT NULL,
                entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                PRIMARY KEY (name_key, entity_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_entity_names_entity ON entity_names (entity_id);

            CREATE TABLE mentions (
                paper_id  TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL REFERENCES entities (id),
                kind      TEXT NOT NULL CHECK (kind IN ('method', 'dataset', 'topic', 'model')),
                PRIMARY KEY (paper_id, entity_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_mentions_entity ON mentions (entity_id, paper_id);

            CREATE TABLE evidence (
                paper_id     TEXT NOT NULL,
                entity_id    TEXT NOT NULL,
                ordinal      INTEGER NOT NULL,
                field        TEXT NOT NULL CHECK (field IN ('title', 'abstract')),
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                text         TEXT NOT NULL,
                PRIMARY KEY (paper_id, entity_id, ordinal),
                FOREIGN KEY (paper_id, entity_id) REFERENCES mentions (paper_id, entity_id) ON DELETE CASCADE
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE candidates (
                paper_id       TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
                ordinal        INTEGER NOT NULL,
                name           TEXT NOT NULL,
                abbreviation   TEXT,
                suggested_kind TEXT CHECK (suggested_kind IN ('method', 'dataset', 'topic', 'model')),
                confidence     REAL NOT NULL,
                pattern        TEXT NOT NULL,
                field          TEXT NOT NULL CHECK (field IN ('title', 'abstract')),
                start_offset   INTEGER NOT NULL,
                end_offset     INTEGER NOT NULL,
                text           TEXT NOT NULL,
                PRIMARY KEY (paper_id, ordinal)
            ) STRICT, WITHOUT ROWID;
            """),
        new(2, "full-text index over titles and abstracts", """
            CREATE VIRTUAL TABLE papers_fts USING fts5 (
                title, abstract,
                content = 'papers', content_rowid = 'seq',
                tokenize = 'unicode61 remove_diacritics 2');

            -- External content: the index is kept in step with papers by these triggers, inside each write.
            CREATE TRIGGER papers_fts_after_insert AFTER INSERT ON papers BEGIN
                INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.seq, new.title, new.abstract);
            END;
            CREATE TRIGGER papers_fts_after_delete AFTER DELETE ON papers BEGIN
                INSERT INTO papers_fts (papers_fts, rowid, title, abstract)
                VALUES ('delete', old.seq, old.title, old.abstract);
            END;
            CREATE TRIGGER papers_fts_after_update AFTER UPDATE OF seq, title, abstract ON papers BEGIN
                INSERT INTO papers_fts (papers_fts, rowid, title, abstract)
                VALUES ('delete', old.seq, old.title, old.abstract);
                INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.seq, new.title, new.abstract);
            END;

            -- Index the papers written before this step.
            INSERT INTO papers_fts (papers_fts) VALUES ('rebuild');
            """),
        new(3, "curated links and the audit trail of changes", """
            -- Links written before this step were all extracted.
            ALTER TABLE mentions ADD COLUMN curated INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1));

            -- The sequence is never reused (AUTOINCREMENT), so a cursor into the trail stays meaningful.
            CREATE TABLE changes (
                sequence  INTEGER PRIMARY KEY AUTOINCREMENT,
                at        TEXT NOT NULL,
                actor     TEXT NOT NULL,
                operation TEXT NOT NULL,
                targets   TEXT NOT NULL CHECK (json_valid(targets)),
                summary   TEXT NOT NULL
            ) STRICT;

            -- One row per node a change touched: the trail of one node is a range of this key, newest last.
            CREATE TABLE change_targets (
                node_id  TEXT NOT NULL,
                sequence INTEGER NOT NULL REFERENCES changes (sequence),
                PRIMARY KEY (node_id, sequence)
            ) STRICT, WITHOUT ROWID;

            -- An audit trail that can be edited proves nothing; the database itself refuses.
            CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes BEGIN
                SELECT RAISE(ABORT, 'the audit trail is append-only');
            END;
            CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes BEGIN
                SELECT RAISE(ABORT, 'the audit trail is append-only');
            END;
            CREATE TRIGGER change_targets_no_update BEFORE UPDATE ON change_targets BEGIN
                SELECT RAISE(ABORT, 'the audit trail is append-only');
            END;
            CREATE TRIGGER change_targets_no_delete BEFORE DELETE ON change_targets BEGIN
                SELECT RAISE(ABORT, 'the audit trail is append-only');
            END;
            """),
        new(4, "papers' dates by id, for trends", """
            -- A term's papers per month reads one date per linked paper; with the date beside the id in one index
            -- that is one index lookup per paper, not an index lookup and a table read (ten times faster at 300k).
            CREATE INDEX ix_papers_id_published_on ON papers (id, published_on);
            """),
        new(5, "links curators rejected", """
            -- A link a curator removed: extraction never writes it again for that paper, until a curator links the
            -- two. Bookkeeping, not a relationship of the graph. Extraction looks a link up by the primary key, which
            -- a bulk load never drops; a merge finds a term's rejections by the index.
            CREATE TABLE rejected_links (
                paper_id  TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL REFERENCES entities (id),
                PRIMARY KEY (paper_id, entity_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_rejected_links_entity ON rejected_links (entity_id);
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Applies the missing migrations in one transaction; returns the version the database is at.</summary>
    /// <exception cref="InvalidOperationException">The database was written by a newer build.</exception>
    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers work while a write is in progress; the mode is stored in the file, and can only be
        // switched outside a transaction.
        await using (var wal = connection.Command("PRAGMA journal_mode = WAL;"))
        {
            await wal.ExecuteScalarAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = connection.Command("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            ) STRICT;
            """))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await ReadVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than the {LatestVersion} this build knows; " +
                "upgrade the application or point it at another database.");
        }

        foreach (var migration in Migrations.Where(m => m.Version > current))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using (var step = connection.Command(migration.Sql))
            {
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = connection.Command(
                "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at);",
                ("$version", migration.Version),
                ("$description", migration.Description),
                ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return LatestVersion;
    }

    /// <summary>The highest applied version; 0 for a database the store never initialized.</summary>
    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version';");
        if (await exists.ScalarInt64Async(cancellationToken) == 0)
        {
            return 0;
        }

        await using var version = connection.Command("SELECT coalesce(max(version), 0) FROM schema_version;");
        return (int)await version.ScalarInt64Async(cancellationToken);
    }
}
