using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Router.Cli.Classify;
using Router.Cli.Evaluation;

namespace Router.Cli.Commands;

/// <summary><c>router classify --in FILE --out FILE [--tenant ID]</c></summary>
internal static class ClassifyCommand
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var input = new Option<FileInfo>("--in") { Description = "JSON lines: {\"id\":..,\"prompt\":..} or {\"id\":..,\"messages\":[..]}", Required = true };
        input.AcceptExistingOnly();
        var output = new Option<FileInfo>("--out") { Description = "JSON lines out, one per input line, same order", Required = true };
        var tenant = CommonOptions.Tenant();
        var command = new Command("classify", "Classify requests (sensitivity, difficulty) and show the route the policy would take.") { input, output, tenant };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var provider = services();
            var runner = new ClassifyRunner(CommonOptions.Evaluator(provider), provider.GetRequiredService<TimeProvider>());
            using var reader = new StreamReader(parse.GetValue(input)!.FullName);
            await using var writer = new StreamWriter(parse.GetValue(output)!.FullName);
            return await runner.RunAsync(reader, writer, parse.InvocationConfiguration.Error, parse.GetValue(tenant)!, cancellationToken);
        });
        return command;
    }
}
