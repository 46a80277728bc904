using Graph.Tests.Shared;

namespace Graph.Cli.Tests;

public class SchemaCommandTests
{
    [Fact]
    public async Task Schema_PrintsTheCheckedInSdl()
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var code = await GraphCli.RunAsync(["schema"], new Spectre.Console.Testing.TestConsole(), TestContext.Current.CancellationToken);
            Assert.Equal(ExitCodes.Ok, code);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema", "schema.graphql"), TestContext.Current.CancellationToken), output.ToString());
    }
}
