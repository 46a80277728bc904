using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Tests.Neo4j;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void ApplyEnvironment_VariablesSet_OverrideConfiguration()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://configured:7474"), User = "config", Password = "config-pw" };
        var environment = new Dictionary<string, string?>
        {
            [Neo4jOptions.UriVariable] = "https://env.example:7473",
            [Neo4jOptions.UserVariable] = "env-user",
            [Neo4jOptions.PasswordVariable] = "env-pw",
            [Neo4jOptions.DatabaseVariable] = "papers",
        };

        options.ApplyEnvironment(name => environment.GetValueOrDefault(name));

        Assert.Equal(new Uri("https://env.example:7473"), options.Uri);
        Assert.Equal("env-user", options.User);
        Assert.Equal("env-pw", options.Password);
        Assert.Equal("papers", options.Database);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void ApplyEnvironment_VariablesBlank_KeepConfiguration()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://configured:7474"), Database = "graph" };

        options.ApplyEnvironment(_ => "  ");

        Assert.Equal(new Uri("http://configured:7474"), options.Uri);
        Assert.Equal("graph", options.Database);
    }

    [Theory]
    [InlineData(null, null, "neo4j/pa/ss", "neo4j", "pa/ss")]
    [InlineData("env-user", "env-pw", "neo4j/other", "env-user", "env-pw")]
    [InlineData(null, null, "none", null, null)]
    public void ApplyEnvironment_Neo4jAuth_GivesTheCredentialsOnlyWhenNothingElseDoes(
        string? user, string? password, string auth, string? expectedUser, string? expectedPassword)
    {
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j:7474") };
        var environment = new Dictionary<string, string?>
        {
            [Neo4jOptions.UserVariable] = user,
            [Neo4jOptions.PasswordVariable] = password,
            [Neo4jOptions.AuthVariable] = auth,
        };

        options.ApplyEnvironment(name => environment.GetValueOrDefault(name));

        Assert.Equal(expectedUser, options.User);
        Assert.Equal(expectedPassword, options.Password);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void ApplyEnvironment_Neo4jAuthBesideAConfiguredToken_KeepsTheToken()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j:7474"), Token = "sso-token" };

        options.ApplyEnvironment(name => name == Neo4jOptions.AuthVariable ? "neo4j/secret-pw" : null);

        Assert.Null(options.User);
        Assert.Null(options.Password);
        Assert.Equal("sso-token", options.Token);
    }

    [Theory]
    [InlineData(null, "not set")]
    [InlineData("bolt://localhost:7687", "http://")]
    [InlineData("http://user:pw@localhost:7474", "must not carry credentials")]
    public void Validate_BadUri_NamesTheProblem(string? uri, string problem)
    {
        var options = new Neo4jOptions { Uri = uri is null ? null : new Uri(uri) };

        Assert.Contains(options.Validate(), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadSettings_ListsEveryProblemWithoutSecrets()
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://localhost:7474"),
            Database = "x",
            User = "neo4j",
            Password = "hunter2",
            Token = "token-secret",
            Timeout = TimeSpan.Zero,
            MaxRetries = -1,
        };

        var problems = options.Validate();

        Assert.Equal(4, problems.Count);
        Assert.DoesNotContain(problems, p => p.Contains("hunter2", StringComparison.Ordinal) || p.Contains("token-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void AddGraphStorage_Neo4jConfigured_RegistersTheStoreWithATypedClient()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Store"] = "neo4j",
            ["Graph:Neo4j:Uri"] = "http://localhost:7474",
            ["Graph:Neo4j:User"] = "neo4j",
            ["Graph:Neo4j:Password"] = "pw",
            ["Graph:Neo4j:Timeout"] = "00:00:10",
        }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddGraphStorage(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var store = provider.GetRequiredService<IGraphStore>();

        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        if (Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable) is null)
        {
            Assert.Equal(TimeSpan.FromSeconds(10), provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.Timeout);
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
    }

    [Fact]
    public void AddGraphStorage_Neo4jWithoutUri_FailsStartupValidation()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable) is not null, "NEO4J_URI is set in this environment");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Store"] = "Neo4j" })
            .Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddGraphStorage(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("NEO4J_URI", error.Message, StringComparison.Ordinal);
    }
}
