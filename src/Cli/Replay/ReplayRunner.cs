using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Accounting.Tokens;
using Router.Cli.Evaluation;
using Router.Cli.Input;
using Router.Routing;

namespace Router.Cli.Replay;

/// <summary>
/// Runs a request log through classification and policy (no model calls) and prices each served request on
/// its route's model and on the premium model. Token counts come from the log, else prompt tokens are
/// counted with o200k and completions assumed to be <c>defaultCompletionTokens</c> long.
/// </summary>
internal sealed class ReplayRunner(
    RequestEvaluator evaluator,
    ICostCalculator costs,
    IPriceCatalog prices,
    ITokenCounter tokens,
    IOptions<RouterOptions> options,
    TimeProvider time)
{
    public const int DefaultCompletionTokens = 256;

    public async Task<ReplayReport> RunAsync(TextReader input, TextWriter error, string defaultTenant, int defaultCompletionTokens = DefaultCompletionTokens, CancellationToken cancellationToken = default)
    {
        await evaluator.WarmUpAsync(cancellationToken);
        var progress = new ProgressReporter(error, time);
        var totals = new ReplayTotals();
        await foreach (var (line, _) in JsonLines.ReadAsync(input, defaultTenant, cancellationToken))
        {
            progress.Tick("replayed");
            if (line is null)
            {
                totals.BadLines++;
                continue;
            }

            var evaluation = await evaluator.EvaluateAsync(line.Request, cancellationToken);
            totals.Requests++;
            totals.Sensitive += evaluation.Classification.Sensitivity.IsSensitive ? 1 : 0;
            if (evaluation.Decision is not { } decision)
            {
                totals.Refused++;
                continue;
            }

            var usage = Usage(line, defaultCompletionTokens);
            totals.Add(decision, usage, costs.Cost(decision.Model, usage), costs.PremiumCost(usage));
        }

        progress.Done("replayed", totals.BadLines);
        return totals.ToReport(options.Value, prices);
    }

    private TokenUsage Usage(RequestLine line, int defaultCompletionTokens)
    {
        var prompt = line.PromptTokens ?? line.Request.Messages.Sum(m => tokens.CountText(m.Content));
        var completion = line.CompletionTokens ?? defaultCompletionTokens;
        return new TokenUsage(prompt, completion, Estimated: line.PromptTokens is null || line.CompletionTokens is null);
    }
}
