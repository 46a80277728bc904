using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>mergeEntities</c>.</summary>
public sealed class MergeEntitiesInputType : InputObjectGraphType<MergeEntitiesInput>
{
    public MergeEntitiesInputType()
    {
        Name = "MergeEntitiesInput";
        Description = "Two terms of one kind that are the same thing: every relationship moves to the survivor and the other's names become its aliases.";
        Field<NonNullGraphType<IdGraphType>>("survivorId").Description("The term that stays.");
        Field<NonNullGraphType<IdGraphType>>("mergedId").Description("The term folded into it and removed.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MergeEntitiesInput(
        InputValues.Get<string>(value, "survivorId") ?? string.Empty, InputValues.Get<string>(value, "mergedId") ?? string.Empty);
}
