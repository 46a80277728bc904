using Graph.Api.GraphQL.Types;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>The schema: the query root and every type reachable from it, built once at start-up.</summary>
public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "Graph: a knowledge graph of machine-learning research.";
        Query = services.GetRequiredService<GraphQuery>();
        Mutation = services.GetRequiredService<Mutations.GraphMutation>();
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));

        // Types reached only through interfaces must be registered so `node` and `reasons` can return them.
        RegisterType(typeof(PaperType));
        RegisterType(typeof(MethodType));
        RegisterType(typeof(DatasetType));
        RegisterType(typeof(TopicType));
        RegisterType(typeof(ModelType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(AuthorType));
        RegisterType(typeof(Mutations.ValidationErrorType));
        RegisterType(typeof(Mutations.NotFoundErrorType));
        RegisterType(typeof(Mutations.ConflictErrorType));
    }
}
