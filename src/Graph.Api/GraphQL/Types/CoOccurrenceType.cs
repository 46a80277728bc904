using Graph.Core.Domain;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A term of one kind that appears in the same papers as another term, with the number of such papers.</summary>
public abstract class CoOccurrenceType<TTermType> : ObjectGraphType<CoOccurrenceView>
    where TTermType : IGraphType
{
    protected CoOccurrenceType(EntityKind kind)
    {
        var noun = kind.ToString();
        Name = noun + "CoOccurrence";
        Description = $"A {noun.ToLowerInvariant()} linked to the same papers as another term.";
        Field<NonNullGraphType<TTermType>>(noun.ToLowerInvariant()).Description($"The {noun.ToLowerInvariant()}.").Resolve(c => c.Source.Term);
        Field<NonNullGraphType<IntGraphType>>("papers").Description("How many papers link to both.").Resolve(c => c.Source.Papers);
    }
}

/// <summary>A co-occurring method.</summary>
public sealed class MethodCoOccurrenceType() : CoOccurrenceType<MethodType>(EntityKind.Method);

/// <summary>A co-occurring dataset.</summary>
public sealed class DatasetCoOccurrenceType() : CoOccurrenceType<DatasetType>(EntityKind.Dataset);
