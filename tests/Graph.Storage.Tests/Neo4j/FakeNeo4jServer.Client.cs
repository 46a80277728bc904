using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The fake server's access to the storage assembly's internals, which only this test project sees.</summary>
public sealed partial class FakeNeo4jServer
{
    internal Neo4jQueryClient Client(Neo4jOptions? options = null) =>
        new(new HttpClient(this, disposeHandler: false), Microsoft.Extensions.Options.Options.Create(options ?? Options()));
}
