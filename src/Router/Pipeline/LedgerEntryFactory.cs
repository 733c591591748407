using Router.Accounting;
using Router.Backends;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>Builds complete ledger rows for every outcome, so no row is ever written half-filled.</summary>
internal sealed class LedgerEntryFactory(ICostCalculator costs, TimeProvider time)
{
    public const string None = "none";

    public LedgerEntry Served(PreparedRequest prepared, DispatchResult served)
    {
        var usage = served.Completion.Usage;
        var price = costs.PriceCall(served.Model, usage, served.Completion.GpuTime, served.Completion.Deployment);
        return Base(prepared, ServedDecision.Of(prepared.Decision!, served.Route, served.Backend, served.Model, served.Fallback)) with
        {
            Route = served.Route.ToWireName(),
            Backend = served.Backend,
            Model = served.Model,
            ServedModel = string.IsNullOrEmpty(served.Completion.Model) ? served.Model : served.Completion.Model,
            Deployment = served.Completion.Deployment,
            DeploymentType = price.DeploymentType,
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
            CachedPromptTokens = usage.CachedPromptTokens,
            ReasoningTokens = usage.ReasoningTokens,
            TokensEstimated = usage.Estimated,
            InputPricePerMillionUsd = price.Unit.InputPerMillionUsd,
            OutputPricePerMillionUsd = price.Unit.OutputPerMillionUsd,
            CachedInputPricePerMillionUsd = price.Unit.EffectiveCachedInputPerMillionUsd,
            CostUsd = price.CostUsd,
            CostBasis = price.Basis,
            PremiumCostUsd = costs.PremiumCost(usage),
            GpuSeconds = served.Completion.GpuTime?.TotalSeconds ?? 0,
            FallbackFrom = served.Fallback?.From.ToWireName(),
            FallbackReason = served.Fallback?.Reason,
        };
    }

    /// <summary>A hit costs nothing; its premium counterfactual is the saving it produced.</summary>
    public LedgerEntry CacheHit(PreparedRequest prepared)
    {
        var hit = prepared.CacheHit!;
        return Base(prepared, prepared.Decision!) with
        {
            CacheHit = true,
            PromptTokens = hit.Usage.PromptTokens,
            CompletionTokens = hit.Usage.CompletionTokens,
            TokensEstimated = hit.Usage.Estimated,
            CostUsd = 0m,
            PremiumCostUsd = costs.PremiumCost(hit.Usage),
        };
    }

    /// <summary>A request sent to the Batch API: the row as far as it is known now; its batch's result completes it.</summary>
    public LedgerEntry Deferred(PreparedRequest prepared) => Base(prepared, prepared.Decision!);

    public LedgerEntry Failed(PreparedRequest prepared, string status, string reason)
    {
        var entry = Base(prepared, prepared.Decision);
        return entry with { Status = status, Reasons = [.. entry.Reasons, reason] };
    }

    private LedgerEntry Base(PreparedRequest prepared, RouteDecision? decision) => new()
    {
        TenantId = prepared.Request.TenantId,
        RequestId = prepared.Request.RequestId,
        Timestamp = time.GetUtcNow(),
        Source = prepared.Source,
        Route = decision?.Route.ToWireName() ?? None,
        Backend = decision?.Backend ?? None,
        Model = decision?.Model ?? prepared.Request.Model,
        Sensitivity = prepared.Classification.Sensitivity.Level.ToString(),
        EntityTypes = prepared.Classification.Sensitivity.EntityTypeCounts.Keys.Order(StringComparer.Ordinal).ToList(),
        Difficulty = prepared.Classification.Difficulty,
        Threshold = decision?.Threshold ?? 0,
        Reasons = decision?.Reasons ?? [],
        LatencyMs = time.GetElapsedTime(prepared.StartTimestamp).TotalMilliseconds,
        Status = "ok",
    };
}
