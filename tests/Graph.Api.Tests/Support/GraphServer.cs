using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The real server (Program.cs, the real schema and store, seeded with the bundled corpus) on a real 127.0.0.1 port,
/// so that Node's audit and Chromium can reach it. Shared by the tests of a class.
/// </summary>
public sealed class GraphServer : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-server-tests", Guid.NewGuid().ToString("N"));
    private Uri? _baseAddress;

    public GraphServer()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => _baseAddress ??= Start();

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Graph:Database", Path.Combine(_directory, "graph.db"));
    }

    private Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
