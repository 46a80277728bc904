using Graph.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph stats [--db PATH]</c>: node counts by label, relationship counts by type.</summary>
internal sealed class StatsCommand(IAnsiConsole console) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var open = await StoreOpener.OpenAsync(settings, cancellationToken);
        var stats = await open.Store.GetStatsAsync(cancellationToken);
        var table = new Table().AddColumns("Nodes", "Count", "Relationships", "Count");
        var nodes = stats.NodesByLabel.ToList();
        var relationships = stats.RelationshipsByType.ToList();
        for (var i = 0; i < Math.Max(nodes.Count, relationships.Count); i++)
        {
            table.AddRow(
                i < nodes.Count ? nodes[i].Key : string.Empty,
                i < nodes.Count ? nodes[i].Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
                i < relationships.Count ? relationships[i].Key : string.Empty,
                i < relationships.Count ? relationships[i].Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }

        console.Write(table);
        return ExitCodes.Ok;
    }
}
