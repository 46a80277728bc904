using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The statements a write runs once per term, paper, link or span, created once per write so SQLite prepares
/// each of them only once however large the batch.
/// </summary>
internal sealed class SqliteWriteStatements : IAsyncDisposable
{
    private readonly List<SqliteCommand> _all = [];

    public SqliteWriteStatements(SqliteConnection connection)
    {
        Connection = connection;

        SqliteCommand Add(string sql, params string[] names)
        {
            var command = connection.Command(sql, names.Select(n => (n, (object?)null)).ToArray());
            _all.Add(command);
            return command;
        }

        EntityKind = Add("SELECT kind FROM entities WHERE id = $id;", "$id");
        UpsertEntity = Add("""
            INSERT INTO entities (id, kind, name, name_sort, aliases, parent_id, description)
            VALUES ($id, $kind, $name, $name_sort, $aliases, $parent_id, $description)
            ON CONFLICT (id) DO UPDATE SET
                kind = excluded.kind, name = excluded.name, name_sort = excluded.name_sort,
                aliases = excluded.aliases, parent_id = excluded.parent_id, description = excluded.description;
            DELETE FROM entity_names WHERE entity_id = $id;
            """, "$id", "$kind", "$name", "$name_sort", "$aliases", "$parent_id", "$description");
        InsertEntityName = Add(
            "INSERT OR IGNORE INTO entity_names (name_key, entity_id) VALUES ($name_key, $id);", "$name_key", "$id");

        // The parent's kind, and whether following parents from it leads back to the term (a cycle).
        CheckVariant = Add("""
            WITH RECURSIVE up (id, depth) AS (
                SELECT $parent_id, 1
                UNION ALL
                SELECT e.parent_id, up.depth + 1 FROM up JOIN entities e ON e.id = up.id
                WHERE e.parent_id IS NOT NULL AND up.id <> $id AND up.depth < 64)
            SELECT (SELECT kind FROM entities WHERE id = $parent_id),
                   EXISTS (SELECT 1 FROM up WHERE id = $id);
            """, "$id", "$parent_id");

        PreviousLinks = Add("""
            SELECT 'organization', organization_id FROM papers WHERE id = $paper_id AND organization_id IS NOT NULL
            UNION ALL SELECT 'author', author_id FROM paper_authors WHERE paper_id = $paper_id
            UNION ALL SELECT 'entity', entity_id FROM mentions WHERE paper_id = $paper_id;
            """, "$paper_id");
        // Everything extraction gives a paper; its curated links and their evidence stay.
        ClearPaper = Add("""
            DELETE FROM evidence WHERE paper_id = $paper_id AND entity_id IN
                (SELECT entity_id FROM mentions WHERE paper_id = $paper_id AND curated = 0);
            DELETE FROM mentions WHERE paper_id = $paper_id AND curated = 0;
            DELETE FROM paper_authors WHERE paper_id = $paper_id;
            DELETE FROM candidates WHERE paper_id = $paper_id;
            """, "$paper_id");
        CuratedEvidence = Add("""
            SELECT ev.entity_id, ev.ordinal, ev.field, ev.start_offset, ev.end_offset, ev.text
            FROM mentions m JOIN evidence ev ON ev.paper_id = m.paper_id AND ev.entity_id = m.entity_id
            WHERE m.paper_id = $paper_id AND m.curated = 1;
            """, "$paper_id");
        DeleteEvidenceSpan = Add(
            "DELETE FROM evidence WHERE paper_id = $paper_id AND entity_id = $entity_id AND ordinal = $ordinal;",
            "$paper_id", "$entity_id", "$ordinal");
        UpsertOrganization = Add("""
            INSERT INTO organizations (id, name) VALUES ($id, $name)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name;
            """, "$id", "$name");
        UpsertPaper = Add("""
            INSERT INTO papers (id, title, title_sort, abstract, published_on, author_count, upvotes, arxiv_id,
                                organization, organization_id)
            VALUES ($id, $title, $title_sort, $abstract, $published_on, $author_count, $upvotes, $arxiv_id,
                    $organization, $organization_id)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, title_sort = excluded.title_sort, abstract = excluded.abstract,
                published_on = excluded.published_on, author_count = excluded.author_count,
                upvotes = excluded.upvotes, arxiv_id = excluded.arxiv_id, organization = excluded.organization,
                organization_id = excluded.organization_id;
            """, "$id", "$title", "$title_sort", "$abstract", "$published_on", "$author_count", "$upvotes",
            "$arxiv_id", "$organization", "$organization_id");
        UpsertAuthor = Add("""
            INSERT INTO authors (id, name) VALUES ($id, $name)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name;
            """, "$id", "$name");
        InsertPaperAuthor = Add("""
            INSERT INTO paper_authors (paper_id, position, author_id, name)
            VALUES ($paper_id, $position, $author_id, $name);
            """, "$paper_id", "$position", "$author_id", "$name");

        // Links only to a stored term of the stated kind. A link already there is replaced unless it is curated
        // and the new one is not; with $skip_rejected set, a link a curator rejected is not written (one primary-key
        // lookup, skipped for papers new to the store, which have no rejections). No row changed means the term is
        // missing, of another kind, or the link is curated or rejected.
        UpsertMention = Add("""
            INSERT INTO mentions (paper_id, entity_id, kind, curated)
            SELECT $paper_id, id, kind, $curated FROM entities
            WHERE id = $entity_id AND kind = $kind
              AND ($skip_rejected = 0 OR NOT EXISTS
                  (SELECT 1 FROM rejected_links r WHERE r.paper_id = $paper_id AND r.entity_id = $entity_id))
            ON CONFLICT (paper_id, entity_id) DO UPDATE SET curated = excluded.curated
            WHERE excluded.curated >= mentions.curated;
            """, "$paper_id", "$entity_id", "$kind", "$curated", "$skip_rejected");
        DeleteRejection = Add(
            "DELETE FROM rejected_links WHERE paper_id = $paper_id AND entity_id = $entity_id;", "$paper_id", "$entity_id");
        ClearMentionEvidence = Add(
            "DELETE FROM evidence WHERE paper_id = $paper_id AND entity_id = $entity_id;", "$paper_id", "$entity_id");
        InsertEvidence = Add("""
            INSERT INTO evidence (paper_id, entity_id, ordinal, field, start_offset, end_offset, text)
            VALUES ($paper_id, $entity_id, $ordinal, $field, $start_offset, $end_offset, $text);
            """, "$paper_id", "$entity_id", "$ordinal", "$field", "$start_offset", "$end_offset", "$text");
        InsertCandidate = Add("""
            INSERT INTO candidates (paper_id, ordinal, name, abbreviation, suggested_kind, confidence, pattern,
                                    field, start_offset, end_offset, text)
            VALUES ($paper_id, $ordinal, $name, $abbreviation, $suggested_kind, $confidence, $pattern,
                    $field, $start_offset, $end_offset, $text);
            """, "$paper_id", "$ordinal", "$name", "$abbreviation", "$suggested_kind", "$confidence", "$pattern",
            "$field", "$start_offset", "$end_offset", "$text");
        RecountPapers = Add("""
            UPDATE entities SET paper_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id)
            WHERE id IN (SELECT value FROM json_each($ids));
            """, "$ids");

        PaperExists = Add("SELECT EXISTS (SELECT 1 FROM papers WHERE id = $paper_id);", "$paper_id");
        LinksOfPapers = Add("""
            SELECT entity_id, count(*) FROM mentions
            WHERE paper_id IN (SELECT value FROM json_each($paper_ids))
            GROUP BY entity_id;
            """, "$paper_ids");
        AddToPaperCount = Add("UPDATE entities SET paper_count = paper_count + $delta WHERE id = $id;", "$id", "$delta");

        // Organizations and authors exist only through papers, so one no paper refers to any more is dropped.
        DeleteOrphans = Add("""
            DELETE FROM organizations WHERE id IN (SELECT value FROM json_each($organization_ids))
                AND NOT EXISTS (SELECT 1 FROM papers p WHERE p.organization_id = organizations.id);
            DELETE FROM authors WHERE id IN (SELECT value FROM json_each($author_ids))
                AND NOT EXISTS (SELECT 1 FROM paper_authors pa WHERE pa.author_id = authors.id);
            """, "$organization_ids", "$author_ids");
    }

    /// <summary>The connection the statements run on, for the statements a change runs only once.</summary>
    public SqliteConnection Connection { get; }

    public SqliteCommand EntityKind { get; }

    public SqliteCommand UpsertEntity { get; }

    public SqliteCommand InsertEntityName { get; }

    public SqliteCommand CheckVariant { get; }

    public SqliteCommand PreviousLinks { get; }

    public SqliteCommand ClearPaper { get; }

    public SqliteCommand CuratedEvidence { get; }

    public SqliteCommand DeleteEvidenceSpan { get; }

    public SqliteCommand UpsertOrganization { get; }

    public SqliteCommand UpsertPaper { get; }

    public SqliteCommand UpsertAuthor { get; }

    public SqliteCommand InsertPaperAuthor { get; }

    public SqliteCommand UpsertMention { get; }

    public SqliteCommand DeleteRejection { get; }

    public SqliteCommand ClearMentionEvidence { get; }

    public SqliteCommand InsertEvidence { get; }

    public SqliteCommand InsertCandidate { get; }

    public SqliteCommand RecountPapers { get; }

    public SqliteCommand DeleteOrphans { get; }

    public SqliteCommand PaperExists { get; }

    public SqliteCommand LinksOfPapers { get; }

    public SqliteCommand AddToPaperCount { get; }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _all)
        {
            await command.DisposeAsync();
        }
    }
}
