namespace Graph.Api.Tests.Support;

/// <summary>One Production host shared by a test class, with small limits so that limit tests stay fast.</summary>
public sealed class GraphTestHostFixture : IAsyncLifetime
{
    public const int MaxRequestBytes = 16 * 1024;
    public const int MaxQueryLength = 4 * 1024;

    private GraphTestHost? _host;

    public GraphTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async ValueTask InitializeAsync() =>
        _host = await GraphTestHost.StartAsync(new GraphTestHostOptions
        {
            Settings = new()
            {
                ["Graph:Http:MaxRequestBytes"] = MaxRequestBytes.ToString(),
                ["Graph:Http:MaxQueryLength"] = MaxQueryLength.ToString(),
            },
        });

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
