using Graph.Core.Domain;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A typed link from a paper to a term of one kind: <c>MethodMention { method evidence }</c>.</summary>
public abstract class MentionType<TTermType> : ObjectGraphType<MentionView>
    where TTermType : IGraphType
{
    protected MentionType(EntityKind kind)
    {
        var noun = kind.ToString();
        Name = noun + "Mention";
        Description = $"A link from a paper to a {noun.ToLowerInvariant()}, with its evidence.";
        Field<NonNullGraphType<TTermType>>(noun.ToLowerInvariant()).Description($"The linked {noun.ToLowerInvariant()}.").Resolve(c => c.Source.Term);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Every span of the paper that names it; empty for links a curator made by hand.")
            .Resolve(c => c.Source.Evidence);
    }
}

/// <summary>A paper's link to a method.</summary>
public sealed class MethodMentionType() : MentionType<MethodType>(EntityKind.Method);

/// <summary>A paper's link to a dataset or benchmark.</summary>
public sealed class DatasetMentionType() : MentionType<DatasetType>(EntityKind.Dataset);

/// <summary>A paper's link to a topic.</summary>
public sealed class TopicMentionType() : MentionType<TopicType>(EntityKind.Topic);

/// <summary>A paper's link to a pretrained model.</summary>
public sealed class ModelMentionType() : MentionType<ModelType>(EntityKind.Model);
