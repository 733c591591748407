using System.CommandLine;
using Router.Cli.Commands;

var root = new RootCommand("router: classify requests, replay request logs, and manage the router's models.");
root.Subcommands.Add(TrainDifficultyCommand.Create());
return await root.Parse(args).InvokeAsync();
