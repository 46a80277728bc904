using System.Net;
using Graph.Api.Explorer;
using Graph.Api.Http;
using Graph.Api.Ide;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The transport, the IDE, the Explorer and CORS wired as Program.cs wires them, over <see cref="TestSchema"/>, on a
/// real Kestrel port on 127.0.0.1 so that Node and Chromium can reach it too.
/// </summary>
public sealed class GraphTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphTestHost(WebApplication app, Uri baseAddress, CapturingLoggerProvider logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = logs;
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    /// <summary>Everything the host logged.</summary>
    public CapturingLoggerProvider Logs { get; }

    public static async Task<GraphTestHost> StartAsync(GraphTestHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new GraphTestHostOptions();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.Environment,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Only what the test states: no appsettings, environment variables or user secrets of the machine.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddGraphQL(graphQL =>
        {
            graphQL.AddSchema<TestSchema>()
                .AddSystemTextJson()
                .AddErrorInfoProvider((errors, services) =>
                    errors.ExposeExceptionDetails = services.GetRequiredService<IHostEnvironment>().IsDevelopment());
            options.ConfigureGraphQL?.Invoke(graphQL);
        });
        builder.Services.AddGraphQLHttp(builder.Configuration);
        builder.Services.AddGraphCors(builder.Configuration);
        builder.Services.AddBananaCakePop(builder.Configuration);
        builder.Services.AddExplorer(builder.Configuration);

        var app = builder.Build();
        app.UseGraphCors();
        var routes = options.RouteGroup is null ? app : (IEndpointRouteBuilder)app.MapGroup(options.RouteGroup);
        routes.MapGraphQLHttp("/graphql").WithBananaCakePop();
        app.MapExplorer();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphTestHost(app, new Uri(address + "/"), logs);
    }

    /// <summary>A client for this host that shows redirects instead of following them.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
