using System.Globalization;
using System.Text;
using Graph.Core.Domain;
using Graph.Core.Storage;

namespace Graph.Storage.Export;

/// <summary>
/// Writes the graph as CSV files for <c>neo4j-admin database import full</c> (one id space: every id in the
/// graph is unique across labels), plus <c>import.sh</c> with the exact command.
/// </summary>
public static class CsvGraphExporter
{
    /// <summary>Writes the files into <paramref name="directory"/>; returns the number of papers written.</summary>
    public static async Task<int> WriteAsync(IGraphStore store, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        Directory.CreateDirectory(directory);
        var files = new List<(string Kind, string File)>();

        var entities = await store.GetAllEntitiesAsync(cancellationToken);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var file = JsonGraphExporter.PluralName(kind) + ".csv";
            files.Add(("nodes", file));
            await using var terms = Open(directory, file, "id:ID,name,aliases:string[],description,:LABEL");
            foreach (var entity in entities.Where(e => e.Kind == kind))
            {
                await terms.WriteLineAsync(CsvField.Line(
                    CsvField.Of(entity.Id), CsvField.Of(entity.Name), CsvField.Array(entity.Aliases), CsvField.Of(entity.Description), kind.ToString()));
            }
        }

        files.Add(("relationships", "variant_of.csv"));
        await using (var variants = Open(directory, "variant_of.csv", ":START_ID,:END_ID,:TYPE"))
        {
            foreach (var entity in entities.Where(e => e.ParentId is not null))
            {
                await variants.WriteLineAsync(CsvField.Line(CsvField.Of(entity.Id), CsvField.Of(entity.ParentId), RelationshipType.VariantOf));
            }
        }

        files.AddRange([("nodes", "papers.csv"), ("nodes", "organizations.csv"), ("nodes", "authors.csv"),
            ("relationships", "mentions.csv"), ("relationships", "published_by.csv"), ("relationships", "authored_by.csv")]);
        var papers = 0;
        await using (var paperFile = Open(directory, "papers.csv", "id:ID,title,abstract,publishedOn:date,authorCount:int,upvotes:int,arxivId,organization,:LABEL"))
        await using (var organizations = Open(directory, "organizations.csv", "id:ID,name,:LABEL"))
        await using (var authors = Open(directory, "authors.csv", "id:ID,name,:LABEL"))
        await using (var mentions = Open(directory, "mentions.csv", ":START_ID,:END_ID,evidenceFields:string[],evidenceStarts:int[],evidenceEnds:int[],:TYPE"))
        await using (var publishedBy = Open(directory, "published_by.csv", ":START_ID,:END_ID,:TYPE"))
        await using (var authoredBy = Open(directory, "authored_by.csv", ":START_ID,:END_ID,position:int,:TYPE"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var graph in store.ReadAllPapersAsync(cancellationToken))
            {
                papers++;
                var paper = graph.Paper;
                await paperFile.WriteLineAsync(CsvField.Line(
                    CsvField.Of(paper.Id), CsvField.Of(paper.Title), CsvField.Of(paper.Abstract),
                    CsvField.Of(paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    CsvField.Of(paper.AuthorCount), CsvField.Of(paper.Upvotes), CsvField.Of(paper.ArxivId),
                    CsvField.Of(paper.Organization), nameof(NodeLabel.Paper)));
                foreach (var mention in graph.Mentions)
                {
                    await mentions.WriteLineAsync(CsvField.Line(
                        CsvField.Of(paper.Id), CsvField.Of(mention.EntityId),
                        CsvField.Array(mention.Evidence.Select(e => e.Field.ToString().ToLowerInvariant())),
                        CsvField.Array(mention.Evidence.Select(e => e.Start.ToString(CultureInfo.InvariantCulture))),
                        CsvField.Array(mention.Evidence.Select(e => e.End.ToString(CultureInfo.InvariantCulture))),
                        RelationshipType.ForMention(mention.Kind)));
                }

                if (paper.Organization is not null)
                {
                    var id = GraphIds.ForOrganization(paper.Organization);
                    if (seen.Add(id))
                    {
                        await organizations.WriteLineAsync(CsvField.Line(CsvField.Of(id), CsvField.Of(paper.Organization), nameof(NodeLabel.Organization)));
                    }

                    await publishedBy.WriteLineAsync(CsvField.Line(CsvField.Of(paper.Id), CsvField.Of(id), RelationshipType.PublishedBy));
                }

                for (var i = 0; i < paper.Authors.Count; i++)
                {
                    var id = GraphIds.ForAuthor(paper.Authors[i]);
                    if (seen.Add(id))
                    {
                        await authors.WriteLineAsync(CsvField.Line(CsvField.Of(id), CsvField.Of(paper.Authors[i]), nameof(NodeLabel.Author)));
                    }

                    await authoredBy.WriteLineAsync(CsvField.Line(
                        CsvField.Of(paper.Id), CsvField.Of(id), CsvField.Of(i), RelationshipType.AuthoredBy));
                }
            }
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "import.sh"), ImportScript(files), cancellationToken);
        return papers;
    }

    private static StreamWriter Open(string directory, string file, string header)
    {
        var writer = new StreamWriter(Path.Combine(directory, file), append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    private static string ImportScript(List<(string Kind, string File)> files)
    {
        var builder = new StringBuilder()
            .Append("#!/usr/bin/env bash\n")
            .Append("# Imports these files into an empty Neo4j database (stop the database first).\n")
            .Append("# Usage: ./import.sh [database]   (default: neo4j)\n")
            .Append("set -euo pipefail\ncd \"$(dirname \"$0\")\"\n")
            .Append("neo4j-admin database import full \"${1:-neo4j}\" --overwrite-destination --multiline-fields=true \\\n")
            .Append("  --array-delimiter=\"").Append(CsvField.ArrayDelimiter).Append("\" \\\n");
        foreach (var (kind, file) in files)
        {
            builder.Append("  --").Append(kind).Append('=').Append(file).Append(" \\\n");
        }

        return builder.Append("  --skip-duplicate-nodes=false\n").ToString();
    }
}
