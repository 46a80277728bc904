namespace Graph.Storage.Sqlite;

/// <summary>
/// The links curators removed (<c>rejected_links</c>), which extraction must not write again: recorded by an unlink,
/// lifted by a curated link of the two (<see cref="SqliteGraphWriter"/> writes links), gone with their paper, and
/// carried over by a merge of terms.
/// </summary>
internal static class SqliteRejectedLinks
{
    /// <summary>Records that the paper must not be linked to the term again by extraction.</summary>
    public static async Task RecordAsync(
        SqliteWriteStatements statements, string paperId, string entityId, CancellationToken cancellationToken)
    {
        await using var insert = statements.Connection.Command(
            "INSERT OR IGNORE INTO rejected_links (paper_id, entity_id) VALUES ($paper_id, $entity_id);",
            ("$paper_id", paperId),
            ("$entity_id", entityId));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Run once the merged term's links are the survivor's: a link beats a rejection, so a rejection (of either
    /// term) of a paper now linked to the survivor goes; the merged term's other rejections become the survivor's.
    /// </summary>
    public static async Task MergeAsync(
        SqliteWriteStatements statements, string survivorId, string mergedId, CancellationToken cancellationToken)
    {
        await using var move = statements.Connection.Command("""
            INSERT OR IGNORE INTO rejected_links (paper_id, entity_id)
            SELECT paper_id, $survivor_id FROM rejected_links WHERE entity_id = $merged_id;
            DELETE FROM rejected_links WHERE entity_id = $merged_id;
            DELETE FROM rejected_links WHERE entity_id = $survivor_id
                AND EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = rejected_links.paper_id AND m.entity_id = $survivor_id);
            """,
            ("$survivor_id", survivorId),
            ("$merged_id", mergedId));
        await move.ExecuteNonQueryAsync(cancellationToken);
    }
}
