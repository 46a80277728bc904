using Graph.Api;
using Graph.Api.Explorer;
using Graph.Api.Hosting;
using Graph.Api.Http;
using Graph.Api.Ide;
using GraphQL.Types;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphObservability();
builder.Services.AddGraphApi(builder.Configuration, builder.Environment);
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddGraphCors(builder.Configuration);
builder.Services.AddBananaCakePop(builder.Configuration);
builder.Services.AddExplorer(builder.Configuration);

var app = builder.Build();
app.Services.GetRequiredService<ISchema>().Initialize();
app.UseSerilogRequestLogging();
app.UseGraphCors();
app.UseAuthentication();
app.MapHealthEndpoints();
app.MapGraphQLHttp("/graphql").WithBananaCakePop();
app.MapExplorer();

app.Run();

/// <summary>The server's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
