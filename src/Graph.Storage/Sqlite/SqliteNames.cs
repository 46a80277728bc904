using Graph.Core.Domain;

namespace Graph.Storage.Sqlite;

/// <summary>How enums are spelled in the database; every value written or compared goes through here.</summary>
internal static class SqliteNames
{
    public const string Paper = "paper";
    public const string Organization = "organization";
    public const string Author = "author";

    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Method => "method",
        EntityKind.Dataset => "dataset",
        EntityKind.Topic => "topic",
        EntityKind.Model => "model",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static EntityKind ParseKind(string text) => text switch
    {
        "method" => EntityKind.Method,
        "dataset" => EntityKind.Dataset,
        "topic" => EntityKind.Topic,
        "model" => EntityKind.Model,
        _ => throw new InvalidDataException($"Unknown entity kind '{text}' in the database."),
    };

    public static string Field(TextField field) => field switch
    {
        TextField.Title => "title",
        TextField.Abstract => "abstract",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static TextField ParseField(string text) => text switch
    {
        "title" => TextField.Title,
        "abstract" => TextField.Abstract,
        _ => throw new InvalidDataException($"Unknown text field '{text}' in the database."),
    };

    /// <summary>The node label of a row tag: a table's tag or an entity kind.</summary>
    public static NodeLabel ParseLabel(string text) => text switch
    {
        Paper => NodeLabel.Paper,
        Organization => NodeLabel.Organization,
        Author => NodeLabel.Author,
        _ => ParseKind(text) switch
        {
            EntityKind.Method => NodeLabel.Method,
            EntityKind.Dataset => NodeLabel.Dataset,
            EntityKind.Topic => NodeLabel.Topic,
            EntityKind.Model => NodeLabel.Model,
            _ => throw new InvalidDataException($"Unknown node label '{text}' in the database."),
        },
    };

    /// <summary>
    /// A SQL expression mapping a mention's stored kind to its relationship type. Built only from constants, so it
    /// is safe to splice into statements.
    /// </summary>
    public static string MentionTypeExpression(string kindColumn) =>
        $"CASE {kindColumn} " +
        string.Concat(Enum.GetValues<EntityKind>().Select(kind =>
            $"WHEN '{Kind(kind)}' THEN '{RelationshipType.ForMention(kind)}' ")) +
        "END";
}
