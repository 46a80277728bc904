using Graph.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Reads whole papers (row, links with evidence, candidates) in id order, a chunk at a time.</summary>
internal static class SqliteExport
{
    /// <summary>The next papers after <paramref name="afterId"/> (the empty string to start), at most <paramref name="size"/>.</summary>
    public static async Task<IReadOnlyList<PaperGraph>> ReadChunkAsync(
        SqliteConnection connection, string afterId, int size, CancellationToken cancellationToken)
    {
        await using var papersCommand = connection.Command(
            $"SELECT {SqliteRows.PaperColumns} FROM papers p WHERE p.id > $after ORDER BY p.id LIMIT $size;",
            ("$after", afterId),
            ("$size", size));
        var papers = await papersCommand.ReadAllAsync(r => SqliteRows.ReadPaper(r), cancellationToken);
        if (papers.Count == 0)
        {
            return [];
        }

        var ids = papers.Select(p => p.Id).ToList();
        var mentions = (await SqliteLookups.GetMentionsAsync(connection, ids, null, cancellationToken))
            .ToLookup(m => m.PaperId, StringComparer.Ordinal);

        await using var candidatesCommand = connection.Command("""
            SELECT paper_id, name, abbreviation, suggested_kind, confidence, pattern, field, start_offset,
                   end_offset, text
            FROM candidates WHERE paper_id IN (SELECT value FROM json_each($ids))
            ORDER BY paper_id, ordinal;
            """,
            ("$ids", SqliteCommands.JsonList(ids)));
        var candidates = (await candidatesCommand.ReadAllAsync(ReadCandidate, cancellationToken))
            .ToLookup(c => c.PaperId, StringComparer.Ordinal);

        return papers
            .Select(p => new PaperGraph(p, mentions[p.Id].ToList(), candidates[p.Id].ToList()))
            .ToList();
    }

    private static CandidateTerm ReadCandidate(SqliteDataReader reader) => new(
        Name: reader.GetString(1),
        Abbreviation: reader.GetNullableString(2),
        SuggestedKind: reader.GetNullableString(3) is { } kind ? SqliteNames.ParseKind(kind) : null,
        Confidence: reader.GetDouble(4),
        Pattern: reader.GetString(5),
        PaperId: reader.GetString(0),
        Evidence: new Evidence(
            SqliteNames.ParseField(reader.GetString(6)), reader.GetInt32(7), reader.GetInt32(8), reader.GetString(9)));
}
