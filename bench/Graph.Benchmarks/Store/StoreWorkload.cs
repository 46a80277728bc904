using Graph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace Graph.Benchmarks.Store;

/// <summary>
/// What the store benchmarks ask about, chosen from the database itself so every size is asked the same questions:
/// the most popular benchmark (the dataset with the most papers), papers on it, a rarely used dataset, a mid-popular
/// method for search, and a keyset cursor halfway down a filtered list.
/// </summary>
public sealed record StoreWorkload(
    string TopDataset,
    string TopDatasetName,
    long TopDatasetPapers,
    string FirstPaperOnTop,
    string BusiestPaperOnTop,
    string PaperOnRareDataset,
    string SearchTerm,
    PaperQuery DeepPage,
    long DeepPageOffset,
    IReadOnlyList<string> PageOfPaperIds)
{
    /// <summary>The questions in one line, for the benchmark log.</summary>
    public string Describe() =>
        $"top benchmark {TopDatasetName} ({TopDataset}, {TopDatasetPapers} papers); first paper on it {FirstPaperOnTop}; " +
        $"busiest {BusiestPaperOnTop}; rare-dataset paper {PaperOnRareDataset}; search '{SearchTerm}'; " +
        $"deep page after {DeepPageOffset} papers";

    /// <summary>The filtered list paged deep: papers on the top benchmark since 2022, most upvoted first.</summary>
    public static PaperQuery FilteredList(string datasetName, PageRequest page) => new(
        new PaperFilter
        {
            Datasets = new EntityListFilter { Some = new EntityFilter { Name = new StringFilter { Eq = datasetName } } },
            PublishedOn = new ComparableFilter<DateOnly> { Gt = new DateOnly(2022, 1, 1) },
        },
        [new Sort<PaperSortField>(PaperSortField.Upvotes, SortDirection.Desc)],
        page);

    public static StoreWorkload Read(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        var (top, topName, topPapers) = Row(connection, """
            SELECT id, name, paper_count FROM entities WHERE kind = 'dataset'
            ORDER BY paper_count DESC, id LIMIT 1;
            """, r => (r.GetString(0), r.GetString(1), r.GetInt64(2)));
        var first = Scalar(connection, "SELECT min(paper_id) FROM mentions WHERE entity_id = $top;", top);

        // The paper on the top benchmark with the most datasets: the most lists for the ranking to walk together.
        var busiest = Scalar(connection, """
            SELECT m.paper_id FROM mentions m
            JOIN mentions d ON d.paper_id = m.paper_id AND d.kind = 'dataset'
            WHERE m.entity_id = $top
            GROUP BY m.paper_id ORDER BY count(*) DESC, m.paper_id LIMIT 1;
            """, top);
        var rare = Scalar(connection, """
            SELECT min(m.paper_id) FROM mentions m
            WHERE m.entity_id = (SELECT id FROM entities WHERE kind = 'dataset' AND paper_count > 0
                                 ORDER BY paper_count, id LIMIT 1);
            """, top);
        var term = Scalar(connection, """
            SELECT name FROM entities WHERE kind = 'method' AND paper_count > 0
            ORDER BY paper_count DESC, id LIMIT 1 OFFSET 50;
            """, top);

        // Halfway down the filtered list, by the same order the store uses (upvotes descending, missing last, id).
        var count = Row(connection, """
            SELECT count(*) FROM papers p WHERE p.published_on > '2022-01-01'
            AND EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = p.id AND m.entity_id = $top);
            """, r => r.GetInt64(0), top);
        var offset = count / 2;
        var (upvotes, id) = Row(connection, """
            SELECT p.upvotes, p.id FROM papers p WHERE p.published_on > '2022-01-01'
            AND EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = p.id AND m.entity_id = $top)
            ORDER BY p.upvotes DESC NULLS LAST, p.id LIMIT 1 OFFSET $offset;
            """, r => (r.IsDBNull(0) ? (long?)null : r.GetInt64(0), r.GetString(1)), top, offset);
        var order = FilteredList(topName, new PageRequest()).EffectiveOrder;
        var cursor = KeysetCursor.Encode(KeysetCursor.Signature("papers", order), [upvotes, id]);

        var page = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM papers ORDER BY published_on DESC, id LIMIT 50;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                page.Add(reader.GetString(0));
            }
        }

        return new StoreWorkload(
            top, topName, topPapers, first, busiest, rare, term,
            FilteredList(topName, new PageRequest(First: 20, After: cursor)), offset, page);
    }

    private static string Scalar(SqliteConnection connection, string sql, string top) =>
        Row(connection, sql, r => r.GetString(0), top);

    private static T Row<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, string? top = null, long offset = 0)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$top", (object?)top ?? DBNull.Value);
        command.Parameters.AddWithValue("$offset", offset);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : throw new InvalidOperationException("The database holds no synthetic corpus.");
    }
}
