using Graph.Core.Domain;
using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>HotChocolate's list filter over a paper's terms of one kind: <c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>.</summary>
public abstract class TermListFilterInputType<TTermFilter> : InputObjectGraphType<EntityListFilter>
    where TTermFilter : IInputObjectGraphType
{
    protected TermListFilterInputType(EntityKind kind)
    {
        var noun = kind.ToString();
        Name = noun + "ListFilterInput";
        Description = $"Conditions over a paper's {noun.ToLowerInvariant()}s.";
        Field<TTermFilter>("some").Description($"At least one {noun.ToLowerInvariant()} matches.");
        Field<TTermFilter>("all").Description($"Every {noun.ToLowerInvariant()} matches (true for a paper with none).");
        Field<TTermFilter>("none").Description($"No {noun.ToLowerInvariant()} matches.");
        Field<BooleanGraphType>("any").Description($"True: the paper has at least one {noun.ToLowerInvariant()}; false: it has none.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EntityListFilter
    {
        Some = InputValues.Get<EntityFilter>(value, "some"),
        All = InputValues.Get<EntityFilter>(value, "all"),
        None = InputValues.Get<EntityFilter>(value, "none"),
        Any = InputValues.GetStruct<bool>(value, "any"),
    };
}

/// <summary>Conditions over a paper's methods.</summary>
public sealed class MethodListFilterInputType() : TermListFilterInputType<MethodFilterInputType>(EntityKind.Method);

/// <summary>Conditions over a paper's datasets.</summary>
public sealed class DatasetListFilterInputType() : TermListFilterInputType<DatasetFilterInputType>(EntityKind.Dataset);

/// <summary>Conditions over a paper's topics.</summary>
public sealed class TopicListFilterInputType() : TermListFilterInputType<TopicFilterInputType>(EntityKind.Topic);

/// <summary>Conditions over a paper's models.</summary>
public sealed class ModelListFilterInputType() : TermListFilterInputType<ModelFilterInputType>(EntityKind.Model);
