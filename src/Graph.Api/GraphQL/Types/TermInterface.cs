using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>What every vocabulary term has, whatever its kind.</summary>
public sealed class TermInterface : InterfaceGraphType
{
    public TermInterface()
    {
        Name = "Term";
        Description = "A vocabulary term: a method, dataset, topic or model.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id.");
        Field<NonNullGraphType<StringGraphType>>("graphId").Description("The id in the graph store and in Cypher (`method:lora`).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The canonical name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names and abbreviations.");
        Field<StringGraphType>("description").Description("A one-line description.");
        Field<NonNullGraphType<IntGraphType>>("paperCount").Description("How many papers link to the term.");
    }
}
