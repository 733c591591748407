using System.CommandLine;
using Router.Cli.Commands;

namespace Router.Cli;

/// <summary>The <c>router</c> command tree. Services come from a factory so tests can substitute fakes.</summary>
internal static class RouterCli
{
    public static RootCommand Create(Func<IServiceProvider> services)
    {
        var root = new RootCommand("router: classify requests, replay request logs, check prices, reconcile with the Azure bill, and manage the router's models and exact-data-match sets.");
        root.Subcommands.Add(ClassifyCommand.Create(services));
        root.Subcommands.Add(ReplayCommand.Create(services));
        root.Subcommands.Add(PricesCommand.Create(services));
        root.Subcommands.Add(ReconcileCommand.Create(services));
        root.Subcommands.Add(Commands.TrainDifficultyCommand.Create());
        root.Subcommands.Add(EdmCommand.Create());
        return root;
    }
}
