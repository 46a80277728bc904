using Graph.Core.Domain;

namespace Graph.Storage.Cypher;

/// <summary>
/// The schema statements of <c>cypher/schema/</c> in the order they run: a uniqueness constraint on <c>id</c> for
/// every label with a key, the audit-trail constraint, the range indexes and the full-text index. Each is
/// idempotent (<c>IF NOT EXISTS</c>). The Cypher export and the Neo4j store both create the schema from here.
/// </summary>
public static class CypherSchemaPlan
{
    /// <summary>The labels whose <c>id</c> is unique: every <see cref="NodeLabel"/> and the two singletons.</summary>
    public static IReadOnlyList<string> KeyedLabels { get; } =
        [.. Enum.GetNames<NodeLabel>(), "ChangeCounter", "GraphSchema"];

    /// <summary>The statements, by catalogue name and text with the label filled in.</summary>
    public static IEnumerable<(string Name, string Text)> Statements()
    {
        const string idConstraint = "schema/id-constraint";
        foreach (var label in KeyedLabels)
        {
            yield return (idConstraint, CypherCatalog.Get(idConstraint)
                .Replace("__CONSTRAINT__", label.ToLowerInvariant() + "_id", StringComparison.Ordinal)
                .Replace("__LABEL__", label, StringComparison.Ordinal));
        }

        foreach (var name in (string[])["schema/change-sequence-constraint", "schema/paper-published-on-index",
                     "schema/paper-upvotes-index", "schema/paper-arxiv-id-index", "schema/paper-text-index"])
        {
            yield return (name, CypherCatalog.Get(name));
        }
    }
}
