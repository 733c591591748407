using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Routing;

namespace Router.Cli.Replay;

/// <summary>Running sums of a replay; turned into the immutable report at the end.</summary>
internal sealed class ReplayTotals
{
    private readonly Dictionary<(Route Route, string Model), RouteTotals> _routes = [];

    public int Requests { get; set; }
    public int Refused { get; set; }
    public int BadLines { get; set; }
    public int Sensitive { get; set; }
    private int Estimated { get; set; }

    public void Add(RouteDecision decision, TokenUsage usage, decimal cost, decimal premiumCost)
    {
        Estimated += usage.Estimated ? 1 : 0;
        var key = (decision.Route, decision.Model);
        var t = _routes.GetValueOrDefault(key) ?? new RouteTotals(decision.Route.ToWireName(), decision.Model, 0, 0, 0, 0m, 0m);
        _routes[key] = t with
        {
            Requests = t.Requests + 1,
            PromptTokens = t.PromptTokens + usage.PromptTokens,
            CompletionTokens = t.CompletionTokens + usage.CompletionTokens,
            CostUsd = t.CostUsd + cost,
            PremiumCostUsd = t.PremiumCostUsd + premiumCost,
        };
    }

    public ReplayReport ToReport(RouterOptions options, IPriceCatalog prices)
    {
        var routes = _routes.OrderBy(r => r.Key.Route).ThenBy(r => r.Key.Model, StringComparer.Ordinal).Select(r => r.Value).ToArray();
        var prompt = routes.Sum(r => r.PromptTokens);
        var completion = routes.Sum(r => r.CompletionTokens);
        var served = routes.Sum(r => r.Requests);
        return new ReplayReport
        {
            Requests = Requests,
            Served = served,
            Refused = Refused,
            BadLines = BadLines,
            Sensitive = Sensitive,
            EstimatedTokenRequests = Estimated,
            PromptTokens = prompt,
            CompletionTokens = completion,
            PremiumModel = options.PremiumModel,
            Routes = routes,
            CostUsd = routes.Sum(r => r.CostUsd),
            PremiumCostUsd = routes.Sum(r => r.PremiumCostUsd),
            BreakEven = BreakEvenLines(options, prices, prompt, completion, served),
        };
    }

    private static BreakEvenLine[] BreakEvenLines(RouterOptions options, IPriceCatalog prices, long prompt, long completion, int served)
    {
        var total = prompt + completion;
        // No tokens in the log: assume an even split rather than divide by zero.
        var promptShare = total == 0 ? 0.5m : (decimal)prompt / total;
        decimal? tokensPerRequest = served == 0 || total == 0 ? null : (decimal)total / served;
        var premium = prices.Get(options.PremiumModel);
        return options.Routes.OrderBy(r => r.Key)
            .Select(r => r.Value.Model)
            .Distinct(StringComparer.Ordinal)
            .Select(prices.Get)
            .Where(p => p.IsGpuWorker)
            .Select(p => BreakEven.Calculate(p, premium, promptShare))
            .Select(r => new BreakEvenLine(r, r.BreakEvenTokensPerMonth / tokensPerRequest))
            .ToArray();
    }
}
