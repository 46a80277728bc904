using Graph.Core.Domain;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>Reads whole papers (node, links with evidence, candidates) in id order, a chunk at a time.</summary>
internal static class Neo4jExport
{
    /// <summary>The next papers after <paramref name="afterId"/> (the empty string to start), at most <paramref name="size"/>.</summary>
    public static async Task<IReadOnlyList<PaperGraph>> ReadChunkAsync(
        INeo4jRunner runner, string afterId, int size, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(
            Neo4jCypher.Statement("read/export-papers", ("after", afterId), ("size", size)), cancellationToken);
        return result.Records.Select(record =>
        {
            var paper = Neo4jRows.ReadPaper(record["paper"]);
            var source = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = paper.Title,
                ["abstract"] = paper.Abstract,
            };
            var mentions = List(record["mentions"]).Select(m => Neo4jRows.ReadMention(paper.Id, m, source)).ToList();
            var candidates = List(record["candidates"]).Select(c => Neo4jRows.ReadCandidate(paper.Id, c)).ToList();
            return new PaperGraph(paper, mentions, candidates);
        }).ToList();
    }
}
