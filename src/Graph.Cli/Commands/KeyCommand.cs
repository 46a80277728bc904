using System.ComponentModel;
using Graph.Api.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph key new --name NAME</c>: makes a write credential for the server. The key is printed once; only its
/// hash goes into the server's configuration.
/// </summary>
internal sealed class KeyCommand(IAnsiConsole console) : Command<KeyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("Who will write with this key; the audit trail records it.")]
        public string? Name { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) || Name.Length > 100 ? ValidationResult.Error("--name is required (at most 100 characters).") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var key = ApiKeyHasher.NewKey();
        var hash = ApiKeyHasher.Hash(key);
        console.WriteLine($"key:    {key}");
        console.WriteLine($"sha256: {hash}");
        console.WriteLine();
        console.WriteLine("Give the key to its holder (send it as 'Authorization: Bearer <key>'); it is not stored anywhere.");
        console.WriteLine("Configure the server with the hash, e.g. in appsettings.json:");
        console.WriteLine($"  \"Graph\": {{ \"Auth\": {{ \"Keys\": [ {{ \"Name\": \"{settings.Name}\", \"Sha256\": \"{hash}\" }} ] }} }}");
        console.WriteLine("or as environment variables:");
        console.WriteLine($"  Graph__Auth__Keys__0__Name={settings.Name} Graph__Auth__Keys__0__Sha256={hash}");
        return ExitCodes.Ok;
    }
}
