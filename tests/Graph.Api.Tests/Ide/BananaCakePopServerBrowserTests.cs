using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Ide;

/// <summary>Banana Cake Pop on the real server: a query over the bundled corpus, run through the IDE.</summary>
public sealed partial class BananaCakePopServerBrowserTests(GraphServer server) : IClassFixture<GraphServer>, IDisposable
{
    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("graph-bcp-profile-");

    [Fact]
    public Task OpenServer_RunStatsQueryThroughIde_ShowsPaperCount() =>
        IdeDriver.RunQueryAsync(server.GraphQLEndpoint, _profile, "{ stats { nodes { name count } } }", PaperCount(), "bananacakepop-server");

    public void Dispose() => _profile.Delete(recursive: true);

    [GeneratedRegex("\"name\":\\s*\"Paper\",\\s*\"count\":\\s*92")]
    private static partial Regex PaperCount();
}
