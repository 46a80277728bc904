using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>
/// The graphql-http audit suite (the reference checks of the GraphQL over HTTP spec) against the transport over the
/// test schema, on a real port. Every MUST has to pass; every SHOULD too, except those allowed in
/// <see cref="GraphQLHttpAudit"/> with the reason.
/// </summary>
public sealed class GraphQLHttpAuditTests(GraphTestHostFixture fixture) : IClassFixture<GraphTestHostFixture>
{
    [Fact]
    public Task ServerAudits_AgainstEndpoint_AllMustAndShouldPass() => GraphQLHttpAudit.RunAsync(fixture.Host.GraphQLEndpoint);
}
