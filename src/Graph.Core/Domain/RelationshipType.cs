namespace Graph.Core.Domain;

/// <summary>The relationship types of the graph, named as they appear in Cypher.</summary>
public static class RelationshipType
{
    /// <summary>Paper to Method.</summary>
    public const string UsesMethod = "USES_METHOD";

    /// <summary>Paper to Dataset.</summary>
    public const string EvaluatedOn = "EVALUATED_ON";

    /// <summary>Paper to Topic.</summary>
    public const string HasTopic = "HAS_TOPIC";

    /// <summary>Paper to Model.</summary>
    public const string UsesModel = "USES_MODEL";

    /// <summary>Term to its parent term of the same kind (QLoRA to LoRA).</summary>
    public const string VariantOf = "VARIANT_OF";

    /// <summary>Paper to Organization.</summary>
    public const string PublishedBy = "PUBLISHED_BY";

    /// <summary>Paper to Author.</summary>
    public const string AuthoredBy = "AUTHORED_BY";

    /// <summary>All relationship types, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> All =
        [UsesMethod, EvaluatedOn, HasTopic, UsesModel, VariantOf, PublishedBy, AuthoredBy];

    /// <summary>The relationship type that links a paper to a term of the given kind.</summary>
    public static string ForMention(EntityKind kind) => kind switch
    {
        EntityKind.Method => UsesMethod,
        EntityKind.Dataset => EvaluatedOn,
        EntityKind.Topic => HasTopic,
        EntityKind.Model => UsesModel,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
