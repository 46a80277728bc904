using Graph.Core.Domain;

namespace Graph.Storage.Sqlite;

/// <summary>The spans that justify links: replacing a link's spans, and dropping those its paper's text lost.</summary>
internal static class SqliteEvidence
{
    /// <summary>Replaces the evidence of one stored link.</summary>
    public static Task ReplaceAsync(
        SqliteWriteStatements statements,
        string paperId,
        string entityId,
        IReadOnlyList<Evidence> spans,
        CancellationToken cancellationToken) =>
        ReplaceAsync(statements, paperId, entityId, spans, clear: true, cancellationToken);

    /// <summary>Writes the evidence of one stored link, first clearing what it had unless it is known to have none.</summary>
    public static async Task ReplaceAsync(
        SqliteWriteStatements statements,
        string paperId,
        string entityId,
        IReadOnlyList<Evidence> spans,
        bool clear,
        CancellationToken cancellationToken)
    {
        if (clear)
        {
            statements.ClearMentionEvidence.Set("$paper_id", paperId);
            statements.ClearMentionEvidence.Set("$entity_id", entityId);
            await statements.ClearMentionEvidence.ExecuteNonQueryAsync(cancellationToken);
        }

        var evidence = statements.InsertEvidence;
        evidence.Set("$paper_id", paperId);
        evidence.Set("$entity_id", entityId);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            evidence.Set("$ordinal", i);
            evidence.Set("$field", SqliteNames.Field(span.Field));
            evidence.Set("$start_offset", span.Start);
            evidence.Set("$end_offset", span.End);
            evidence.Set("$text", span.Text);
            await evidence.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Curated links outlive a change of the paper's text, but a span that no longer points at the text it names
    /// would show clients the wrong words (or run past the end of the field), so it goes.
    /// </summary>
    public static async Task DropStaleCuratedAsync(
        SqliteWriteStatements statements, Paper paper, CancellationToken cancellationToken)
    {
        statements.CuratedEvidence.Set("$paper_id", paper.Id);
        var stale = new List<(string EntityId, long Ordinal)>();
        await using (var reader = await statements.CuratedEvidence.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var span = new Evidence(
                    SqliteNames.ParseField(reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5));
                if (!EvidenceSpans.Matches(paper, span))
                {
                    stale.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }
        }

        var delete = statements.DeleteEvidenceSpan;
        delete.Set("$paper_id", paper.Id);
        foreach (var (entityId, ordinal) in stale)
        {
            delete.Set("$entity_id", entityId);
            delete.Set("$ordinal", ordinal);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
