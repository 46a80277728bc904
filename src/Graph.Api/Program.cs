using Graph.Api;
using Graph.Api.Hosting;
using GraphQL.Types;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphObservability();
builder.Services.AddGraphApi(builder.Configuration, builder.Environment);

var app = builder.Build();
app.Services.GetRequiredService<ISchema>().Initialize();
app.UseSerilogRequestLogging();
app.MapHealthEndpoints();

app.Run();

/// <summary>The server's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
