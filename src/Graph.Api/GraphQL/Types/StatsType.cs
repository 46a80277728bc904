using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>The size of the graph.</summary>
public sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts of nodes by label and relationships by type.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("nodes").Description("Nodes per label.").Resolve(c => c.Source.NodesByLabel.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("relationships").Description("Relationships per type.").Resolve(c => c.Source.RelationshipsByType.ToList());
    }
}
