using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Router.Cli.Replay;

namespace Router.Cli.Commands;

/// <summary><c>router replay --in FILE [--tenant ID] [--completion-tokens N] [--json]</c></summary>
internal static class ReplayCommand
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var input = new Option<FileInfo>("--in") { Description = "Request log, JSON lines; optional prompt_tokens/completion_tokens per line", Required = true };
        input.AcceptExistingOnly();
        var tenant = CommonOptions.Tenant();
        var completion = new Option<int>("--completion-tokens")
        {
            Description = "Completion length assumed for lines without completion_tokens",
            DefaultValueFactory = _ => ReplayRunner.DefaultCompletionTokens,
        };
        var json = new Option<bool>("--json") { Description = "Machine-readable JSON report" };
        var command = new Command("replay", "Replay a request log through classification and policy (no model calls) and report costs.") { input, tenant, completion, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var provider = services();
            var runner = ActivatorUtilities.CreateInstance<ReplayRunner>(provider, CommonOptions.Evaluator(provider));
            using var reader = new StreamReader(parse.GetValue(input)!.FullName);
            var report = await runner.RunAsync(reader, parse.InvocationConfiguration.Error, parse.GetValue(tenant)!, parse.GetValue(completion), cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                ReplayReportWriter.WriteJson(report, output);
            }
            else
            {
                ReplayReportWriter.WriteText(report, output);
            }

            return report.BadLines == 0 ? 0 : 1;
        });
        return command;
    }
}
