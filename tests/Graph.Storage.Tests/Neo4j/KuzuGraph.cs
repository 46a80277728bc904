using System.Globalization;
using System.Text.Json.Nodes;
using Graph.Core.Domain;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// A batch as the nodes and relationships of docs/graph-model.md, in the JSON that <c>kuzu/run.mjs</c> loads:
/// what the Neo4j store's ingest statements would write, property for property.
/// </summary>
internal static class KuzuGraph
{
    public static JsonObject Of(GraphBatch batch)
    {
        var nodes = new JsonArray();
        var relationships = new JsonArray();
        foreach (var term in batch.Entities)
        {
            nodes.Add(Node(term.Kind.ToString(), ("id", term.Id), ("name", term.Name), ("aliases", Strings(term.Aliases)), ("description", term.Description)));
            if (term.ParentId is not null)
            {
                relationships.Add(Relationship(RelationshipType.VariantOf, (term.Kind.ToString(), term.Id), (term.Kind.ToString(), term.ParentId)));
            }
        }

        var organizations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var authors = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var graph in batch.Papers)
        {
            var paper = graph.Paper;
            nodes.Add(Node(nameof(NodeLabel.Paper),
                ("id", paper.Id), ("title", paper.Title), ("abstract", paper.Abstract),
                ("publishedOn", paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("authorCount", paper.AuthorCount), ("upvotes", paper.Upvotes), ("arxivId", paper.ArxivId),
                ("organization", paper.Organization)));
            foreach (var mention in graph.Mentions)
            {
                relationships.Add(Relationship(
                    RelationshipType.ForMention(mention.Kind),
                    (nameof(NodeLabel.Paper), paper.Id),
                    (mention.Kind.ToString(), mention.EntityId),
                    ("evidenceFields", Strings(mention.Evidence.Select(e => e.Field.ToString().ToLowerInvariant()))),
                    ("evidenceStarts", new JsonArray(mention.Evidence.Select(e => (JsonNode?)e.Start).ToArray())),
                    ("evidenceEnds", new JsonArray(mention.Evidence.Select(e => (JsonNode?)e.End).ToArray())),
                    ("evidenceTexts", Strings(mention.Evidence.Select(e => e.Text))),
                    ("curated", mention.Curated)));
            }

            if (paper.Organization is not null)
            {
                var id = GraphIds.ForOrganization(paper.Organization);
                organizations[id] = paper.Organization;
                relationships.Add(Relationship(RelationshipType.PublishedBy, (nameof(NodeLabel.Paper), paper.Id), (nameof(NodeLabel.Organization), id)));
            }

            for (var position = 0; position < paper.Authors.Count; position++)
            {
                var id = GraphIds.ForAuthor(paper.Authors[position]);
                authors[id] = paper.Authors[position];
                relationships.Add(Relationship(
                    RelationshipType.AuthoredBy, (nameof(NodeLabel.Paper), paper.Id), (nameof(NodeLabel.Author), id), ("position", position)));
            }
        }

        foreach (var (id, name) in organizations)
        {
            nodes.Add(Node(nameof(NodeLabel.Organization), ("id", id), ("name", name)));
        }

        foreach (var (id, name) in authors)
        {
            nodes.Add(Node(nameof(NodeLabel.Author), ("id", id), ("name", name)));
        }

        return new JsonObject { ["nodes"] = nodes, ["relationships"] = relationships };
    }

    private static JsonObject Node(string label, params (string Key, JsonNode? Value)[] properties) => new()
    {
        ["label"] = label,
        ["properties"] = Properties(properties),
    };

    private static JsonObject Relationship(
        string type, (string Label, string Id) from, (string Label, string Id) to, params (string Key, JsonNode? Value)[] properties)
    {
        return new JsonObject
        {
            ["type"] = type,
            ["from"] = new JsonObject { ["label"] = from.Label, ["id"] = from.Id },
            ["to"] = new JsonObject { ["label"] = to.Label, ["id"] = to.Id },
            ["properties"] = Properties(properties),
        };
    }

    private static JsonObject Properties((string Key, JsonNode? Value)[] properties) =>
        new(properties.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}
