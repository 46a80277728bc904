using Graph.Core.Domain;

namespace Graph.Storage.Sqlite;

/// <summary>Moves every link of a merged term to the term that survives the merge.</summary>
internal static class SqliteTermLinkMerge
{
    /// <summary>
    /// Papers linked to both terms keep one link to the survivor with the spans of both, curated when either was;
    /// every other link of the merged term is re-pointed at the survivor as it is.
    /// </summary>
    public static async Task MoveLinksAsync(
        SqliteWriteStatements statements, Entity survivor, Entity merged, CancellationToken cancellationToken)
    {
        var connection = statements.Connection;
        List<string> both;
        await using (var shared = connection.Command("""
            SELECT paper_id FROM mentions
            WHERE entity_id = $merged_id
              AND paper_id IN (SELECT paper_id FROM mentions WHERE entity_id = $survivor_id)
            ORDER BY paper_id;
            """,
            ("$survivor_id", survivor.Id),
            ("$merged_id", merged.Id)))
        {
            both = await shared.ReadAllAsync(r => r.GetString(0), cancellationToken);
        }

        if (both.Count > 0)
        {
            var links = (await SqliteLookups.GetMentionsAsync(connection, both, survivor.Kind, cancellationToken))
                .ToDictionary(m => (m.PaperId, m.EntityId));
            foreach (var paperId in both)
            {
                await CombineAsync(statements, links[(paperId, survivor.Id)], links[(paperId, merged.Id)], cancellationToken);
            }
        }

        // Links of papers not linked to the survivor: re-pointed, evidence and curated flag unchanged. The new link
        // rows come first, since evidence may only refer to a link that exists.
        await using var move = connection.Command("""
            INSERT INTO mentions (paper_id, entity_id, kind, curated)
            SELECT paper_id, $survivor_id, kind, curated FROM mentions WHERE entity_id = $merged_id;
            UPDATE evidence SET entity_id = $survivor_id
            WHERE entity_id = $merged_id AND paper_id IN (SELECT paper_id FROM mentions WHERE entity_id = $merged_id);
            DELETE FROM mentions WHERE entity_id = $merged_id;
            """,
            ("$survivor_id", survivor.Id),
            ("$merged_id", merged.Id));
        await move.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CombineAsync(
        SqliteWriteStatements statements, Mention kept, Mention dropped, CancellationToken cancellationToken)
    {
        await using (var remove = statements.Connection.Command("""
            DELETE FROM evidence WHERE paper_id = $paper_id AND entity_id = $merged_id;
            DELETE FROM mentions WHERE paper_id = $paper_id AND entity_id = $merged_id;
            UPDATE mentions SET curated = $curated WHERE paper_id = $paper_id AND entity_id = $survivor_id;
            """,
            ("$paper_id", kept.PaperId),
            ("$survivor_id", kept.EntityId),
            ("$merged_id", dropped.EntityId),
            ("$curated", kept.Curated || dropped.Curated ? 1 : 0)))
        {
            await remove.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqliteEvidence.ReplaceAsync(
            statements, kept.PaperId, kept.EntityId, TermMerge.Evidence(kept.Evidence, dropped.Evidence), cancellationToken);
    }
}
