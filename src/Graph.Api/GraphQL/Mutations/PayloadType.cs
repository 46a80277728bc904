using Graph.Api.Curation;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>
/// A mutation payload as HotChocolate's mutation conventions shape it: the result field, null when the mutation
/// failed, and <c>errors</c>, empty when it succeeded.
/// </summary>
public abstract class PayloadType<T> : ObjectGraphType<CurationResult<T>>
    where T : class
{
    protected PayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErrorInterface>>>>("errors")
            .Description("Why nothing was written; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
