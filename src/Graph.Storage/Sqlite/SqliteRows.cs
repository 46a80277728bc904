using System.Text.Json;
using Graph.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>The column lists that select papers and terms, and the readers that turn those rows into records.</summary>
internal static class SqliteRows
{
    /// <summary>Selects a paper from <c>papers p</c>; its authors come along as a JSON array in list order.</summary>
    public const string PaperColumns = """
        p.id, p.title, p.abstract, p.published_on, p.author_count, p.upvotes, p.arxiv_id, p.organization,
        (SELECT json_group_array(pa.name ORDER BY pa.position) FROM paper_authors pa WHERE pa.paper_id = p.id)
        """;

    public const int PaperColumnCount = 9;

    /// <summary>Selects a term from <c>entities e</c>.</summary>
    public const string EntityColumns = "e.id, e.kind, e.name, e.aliases, e.parent_id, e.description";

    public const int EntityColumnCount = 6;

    public static Paper ReadPaper(SqliteDataReader reader, int first = 0) => new(
        Id: reader.GetString(first),
        Title: reader.GetString(first + 1),
        Abstract: reader.GetString(first + 2),
        PublishedOn: reader.GetNullableDate(first + 3),
        AuthorCount: reader.GetNullableInt32(first + 4),
        Upvotes: reader.GetNullableInt32(first + 5),
        ArxivId: reader.GetNullableString(first + 6),
        Organization: reader.GetNullableString(first + 7),
        Authors: ReadStringList(reader.GetString(first + 8)));

    public static Entity ReadEntity(SqliteDataReader reader, int first = 0) => new(
        Id: reader.GetString(first),
        Kind: SqliteNames.ParseKind(reader.GetString(first + 1)),
        Name: reader.GetString(first + 2),
        Aliases: ReadStringList(reader.GetString(first + 3)),
        ParentId: reader.GetNullableString(first + 4),
        Description: reader.GetNullableString(first + 5));

    public static IReadOnlyList<string> ReadStringList(string json) =>
        JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Reads every row of a command into a list.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(
        this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
