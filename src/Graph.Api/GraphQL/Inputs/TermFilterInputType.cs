using Graph.Core.Domain;
using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>Conditions on a vocabulary term (<c>MethodFilterInput</c>, <c>DatasetFilterInput</c>, ...).</summary>
public abstract class TermFilterInputType<TSelf> : InputObjectGraphType<EntityFilter>
    where TSelf : IInputObjectGraphType
{
    protected TermFilterInputType(EntityKind kind)
    {
        var noun = kind.ToString();
        Name = noun + "FilterInput";
        Description = $"Conditions on a {noun.ToLowerInvariant()}, all of which must hold.";
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every condition holds.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one condition holds.");
        Field<StringOperationFilterInputType>("graphId").Description($"Conditions on the graph id (`{noun.ToLowerInvariant()}:…`).");
        Field<StringOperationFilterInputType>("name").Description("Conditions on the canonical name.");
        Field<IntOperationFilterInputType>("paperCount").Description("Conditions on the number of linked papers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EntityFilter
    {
        And = InputValues.List<EntityFilter>(value, "and"),
        Or = InputValues.List<EntityFilter>(value, "or"),
        Id = InputValues.Get<StringFilter>(value, "graphId"),
        Name = InputValues.Get<StringFilter>(value, "name"),
        PaperCount = InputValues.Get<ComparableFilter<int>>(value, "paperCount"),
    };
}

/// <summary>Conditions on a method.</summary>
public sealed class MethodFilterInputType() : TermFilterInputType<MethodFilterInputType>(EntityKind.Method);

/// <summary>Conditions on a dataset.</summary>
public sealed class DatasetFilterInputType() : TermFilterInputType<DatasetFilterInputType>(EntityKind.Dataset);

/// <summary>Conditions on a topic.</summary>
public sealed class TopicFilterInputType() : TermFilterInputType<TopicFilterInputType>(EntityKind.Topic);

/// <summary>Conditions on a model.</summary>
public sealed class ModelFilterInputType() : TermFilterInputType<ModelFilterInputType>(EntityKind.Model);
