using Microsoft.AspNetCore.Hosting;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The server of <see cref="GraphApiFixture"/> with batch loading switched off (<c>Graph:Api:Batching=false</c>).</summary>
public sealed class UnbatchedGraphApiFixture : GraphApiFixture
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Graph:Api:Batching", "false");
}
