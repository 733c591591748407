using Router.Accounting.Pricing;

namespace Router.Cli.Replay;

/// <summary>The cost report of one replayed log; every amount in USD as <c>decimal</c>.</summary>
internal sealed record ReplayReport
{
    public required int Requests { get; init; }
    public required int Served { get; init; }
    public required int Refused { get; init; }
    public required int BadLines { get; init; }
    public required int Sensitive { get; init; }
    public required int EstimatedTokenRequests { get; init; }
    public required long PromptTokens { get; init; }
    public required long CompletionTokens { get; init; }
    public required string PremiumModel { get; init; }
    public required IReadOnlyList<RouteTotals> Routes { get; init; }
    public required decimal CostUsd { get; init; }
    public required decimal PremiumCostUsd { get; init; }
    public decimal SavingsUsd => PremiumCostUsd - CostUsd;
    public decimal SavingsPercent => PremiumCostUsd == 0m ? 0m : Math.Round(SavingsUsd / PremiumCostUsd * 100m, 2);
    public required IReadOnlyList<BreakEvenLine> BreakEven { get; init; }
}

/// <summary>Served requests of one route and model.</summary>
internal sealed record RouteTotals(string Route, string Model, int Requests, long PromptTokens, long CompletionTokens, decimal CostUsd, decimal PremiumCostUsd);

/// <summary>Break-even of a GPU model against the premium API, also in requests of this log's average size.</summary>
internal sealed record BreakEvenLine(BreakEvenResult Result, decimal? RequestsPerMonth);
