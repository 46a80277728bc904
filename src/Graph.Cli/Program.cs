using Graph.Cli;
using Spectre.Console;

return await GraphCli.RunAsync(args, AnsiConsole.Console);
