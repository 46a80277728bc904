using System.Text.RegularExpressions;
using Graph.Storage.Cypher;
using static Graph.Storage.Tests.Neo4j.FakeNeo4jServer;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>Rows as the store's statements return them, for the fake server to answer with.</summary>
internal static class Neo4jTestData
{
    public static string Catalog(string name) => CypherCatalog.Get(name);

    public static Dictionary<string, object?> PaperMap(string id, string title = "A Title", DateOnly? publishedOn = null, params string[] authors) => Map(
        ("id", id), ("title", title), ("abstract", "An abstract."), ("publishedOn", publishedOn), ("authorCount", 2L),
        ("upvotes", null), ("arxivId", id.Replace("arxiv:", "", StringComparison.Ordinal)), ("organization", null),
        ("authors", authors));

    public static Dictionary<string, object?> TermMap(string id, string kind, string name, string? parentId = null) => Map(
        ("id", id), ("name", name), ("aliases", new[] { name + " alias" }), ("description", null), ("kind", kind), ("parentId", parentId));

    /// <summary>The catalogue name of a statement text, placeholders matching whatever was filled in; "?" if none.</summary>
    public static string NameOf(string statement)
    {
        foreach (var name in CypherCatalog.Names)
        {
            var template = Catalog(name);
            if (template == statement)
            {
                return name;
            }

            if (template.Contains("__", StringComparison.Ordinal))
            {
                var pattern = "^" + Regex.Replace(Regex.Escape(template), "__[A-Z]+__", ".*") + "$";
                if (Regex.IsMatch(statement, pattern, RegexOptions.Singleline))
                {
                    return name;
                }
            }
        }

        return "?";
    }
}
