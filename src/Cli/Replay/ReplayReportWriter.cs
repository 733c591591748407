using System.Globalization;
using System.Text.Json;
using Router.Cli.Classify;

namespace Router.Cli.Replay;

/// <summary>Prints the replay report as a table for people or as JSON for machines.</summary>
internal static class ReplayReportWriter
{
    public static void WriteJson(ReplayReport report, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(CliJson.Options) { WriteIndented = true }));

    public static void WriteText(ReplayReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Requests: {report.Requests} ({report.Served} served, {report.Refused} refused, {report.BadLines} bad lines); sensitive: {report.Sensitive}"));
        output.WriteLine(string.Create(c, $"Tokens: {report.PromptTokens:N0} prompt, {report.CompletionTokens:N0} completion ({report.EstimatedTokenRequests} requests with estimated tokens)"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"{"route",-14} {"model",-24} {"requests",9} {"cost USD",14} {"premium USD",14}"));
        foreach (var r in report.Routes)
        {
            output.WriteLine(string.Create(c, $"{r.Route,-14} {r.Model,-24} {r.Requests,9} {r.CostUsd,14:0.000000} {r.PremiumCostUsd,14:0.000000}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(c, $"Estimated cost:        ${report.CostUsd:0.000000}"));
        output.WriteLine(string.Create(c, $"All-premium ({report.PremiumModel}): ${report.PremiumCostUsd:0.000000}"));
        output.WriteLine(string.Create(c, $"Savings:               ${report.SavingsUsd:0.000000} ({report.SavingsPercent:0.00} %)"));
        output.WriteLine();
        foreach (var line in report.BreakEven)
        {
            var b = line.Result;
            var volume = b.BreakEvenTokensPerMonth is { } v ? string.Create(c, $"{v:N0} tokens/month") : "never (API is free)";
            var requests = line.RequestsPerMonth is { } n ? string.Create(c, $" (≈ {n:N0} requests/month of this log's mix)") : "";
            var verdict = b.BreaksEvenWithinCapacity ? "reachable by one worker" : "beyond one worker's capacity: the API stays cheaper";
            output.WriteLine(string.Create(c,
                $"Break-even {b.GpuModel} always-on (${b.MonthlyGpuCostUsd:N2}/month) vs {b.ApiModel} (${b.ApiBlendedPerMillionUsd:0.####}/1M blended): {volume}{requests}; capacity {b.CapacityTokensPerMonth:N0} tokens/month, {verdict}"));
        }
    }
}
