using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using Graph.Core.Domain;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>addMethod</c>, <c>addDataset</c>, <c>addTopic</c> and <c>addModel</c>.</summary>
public sealed class AddTermInputType : InputObjectGraphType<AddTermInput>
{
    public AddTermInputType()
    {
        Name = "AddTermInput";
        Description = "A new vocabulary term.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The canonical name (unique within its kind).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("Other names and abbreviations; each must name nothing else.");
        Field<StringGraphType>("parent").Description("The name or alias of the broader term of the same kind (QLoRA's parent is LoRA).");
        Field<StringGraphType>("description").Description("One line.");
        Field<BooleanGraphType>("relink").Description("Re-read every paper and link those that name the new term.").DefaultValue(false);
    }

    // The kind comes from the mutation (addMethod, addDataset, ...); the resolver sets it.
    public override object ParseDictionary(IDictionary<string, object?> value) => new AddTermInput(
        EntityKind.Method,
        InputValues.Get<string>(value, "name") ?? string.Empty,
        InputValues.List<string>(value, "aliases"),
        InputValues.Get<string>(value, "parent"),
        InputValues.Get<string>(value, "description"),
        InputValues.GetStruct<bool>(value, "relink") ?? false);
}
