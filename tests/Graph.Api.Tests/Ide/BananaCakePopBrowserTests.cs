using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Ide;

/// <summary>
/// Banana Cake Pop in Debian's headless Chromium, driven as a person would: open /graphql, write a query, run it,
/// read the answer, open the schema reference. Uses only <c>{ __typename }</c> so it holds for any schema.
/// </summary>
public sealed partial class BananaCakePopBrowserTests : IAsyncLifetime
{
    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("graph-bcp-profile-");
    private GraphTestHost? _host;

    public async ValueTask InitializeAsync() =>
        _host = await GraphTestHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _profile.Delete(recursive: true);
    }

    [Fact]
    public Task OpenEndpoint_RunQueryThroughIde_ShowsResult() =>
        IdeDriver.RunQueryAsync(_host!.GraphQLEndpoint, _profile, "{ __typename }", TypenameResult(), "bananacakepop");

    [GeneratedRegex("\"__typename\":\\s*\"Query\"")]
    private static partial Regex TypenameResult();
}
