using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>The same audit against the real server: Program.cs, the real schema and store.</summary>
public sealed class GraphQLHttpServerAuditTests(GraphServer server) : IClassFixture<GraphServer>
{
    [Fact]
    public Task ServerAudits_AgainstRealServer_AllMustAndShouldPass() => GraphQLHttpAudit.RunAsync(server.GraphQLEndpoint);
}
