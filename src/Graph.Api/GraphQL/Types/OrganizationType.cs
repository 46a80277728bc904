using Graph.Api.GraphQL.Connections;
using Graph.Core.Domain;
using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>An organization that publishes papers.</summary>
public sealed class OrganizationType : GraphNodeType
{
    public OrganizationType()
        : base(NodeLabel.Organization, "An organization that published papers (named by the listing instead of authors).")
    {
        Field<NonNullGraphType<PaperConnectionType>>("papers")
            .Description("The organization's papers, filtered and sorted like `Query.papers`.")
            .PaperListArguments()
            .ResolveAsync(async c => await PaperLists.ResolveAsync(c, new PaperFilter { Organization = new StringFilter { Eq = c.Source.Name } }));
    }
}
