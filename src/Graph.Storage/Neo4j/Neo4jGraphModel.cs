using Graph.Core.Domain;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The fixed names of the graph in Neo4j (docs/graph-model.md): the only labels, relationship types and property
/// keys the store's Cypher uses. Labels and types are spliced into statements only from here, never from data.
/// </summary>
internal static class Neo4jGraphModel
{
    /// <summary>A term a paper's text proposed, attached to it by <see cref="Proposes"/>.</summary>
    public const string Candidate = "Candidate";

    /// <summary>An entry of the audit trail.</summary>
    public const string Change = "Change";

    /// <summary>The singleton node that numbers the audit trail.</summary>
    public const string ChangeCounter = "ChangeCounter";

    /// <summary>The singleton node that records the schema version.</summary>
    public const string GraphSchema = "GraphSchema";

    /// <summary>Paper to the candidate terms its text proposed.</summary>
    public const string Proposes = "PROPOSES";

    /// <summary>
    /// Paper to a term a curator unlinked it from: bookkeeping that keeps extraction from linking the two again, not
    /// a relationship of the graph (no <see cref="RelationshipType"/>, so no traversal, count or export sees it).
    /// </summary>
    public const string Rejected = "REJECTED";

    /// <summary>Every label the store writes.</summary>
    public static IReadOnlyList<string> Labels { get; } = [.. Enum.GetNames<NodeLabel>(), Candidate, Change, ChangeCounter, GraphSchema];

    /// <summary>Every relationship type the store writes.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. RelationshipType.All, Proposes, Rejected];

    /// <summary>
    /// Every key the store's Cypher reads with <c>x.key</c>: node and relationship properties, the keys of the row
    /// maps the ingest statements take, and the temporal fields it reads (<c>year</c>, <c>month</c>).
    /// </summary>
    public static IReadOnlyList<string> PropertyKeys { get; } =
    [
        "id", "title", "abstract", "publishedOn", "authorCount", "upvotes", "arxivId", "organization",
        "name", "aliases", "description",
        "evidenceFields", "evidenceStarts", "evidenceEnds", "evidenceTexts", "curated", "position",
        "ordinal", "abbreviation", "suggestedKind", "confidence", "pattern", "field", "startOffset", "endOffset", "text",
        "sequence", "at", "actor", "operation", "targets", "summary", "value", "writeLock", "version", "appliedAt",
        "paperId", "entityId", "parentId", "fields", "starts", "ends", "texts",
        "year", "month",
    ];

    /// <summary>The label of a term kind.</summary>
    public static string Label(EntityKind kind) => Cypher.CypherIngestPlan.Label(kind);

    /// <summary>The term kind of a label.</summary>
    public static EntityKind ParseKind(string label) => label switch
    {
        "Method" => EntityKind.Method,
        "Dataset" => EntityKind.Dataset,
        "Topic" => EntityKind.Topic,
        "Model" => EntityKind.Model,
        _ => throw new InvalidDataException($"Unknown term label '{label}' in Neo4j."),
    };

    /// <summary>The term kind a mention relationship type links to.</summary>
    public static EntityKind KindOfType(string type) => type switch
    {
        RelationshipType.UsesMethod => EntityKind.Method,
        RelationshipType.EvaluatedOn => EntityKind.Dataset,
        RelationshipType.HasTopic => EntityKind.Topic,
        RelationshipType.UsesModel => EntityKind.Model,
        _ => throw new InvalidDataException($"Unknown mention type '{type}' in Neo4j."),
    };

    /// <summary>The node label of a label name read back from Neo4j.</summary>
    public static NodeLabel ParseNodeLabel(string label) => Enum.TryParse<NodeLabel>(label, out var parsed) && Enum.IsDefined(parsed)
        ? parsed
        : throw new InvalidDataException($"Unknown node label '{label}' in Neo4j.");

    /// <summary>How evidence fields are spelled in the graph.</summary>
    public static string Field(TextField field) => field switch
    {
        TextField.Title => "title",
        TextField.Abstract => "abstract",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static TextField ParseField(string field) => field switch
    {
        "title" => TextField.Title,
        "abstract" => TextField.Abstract,
        _ => throw new InvalidDataException($"Unknown evidence field '{field}' in Neo4j."),
    };

    /// <summary>The lower-case kind name used in messages (<c>method</c>), as the SQLite store words them.</summary>
    public static string Noun(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
