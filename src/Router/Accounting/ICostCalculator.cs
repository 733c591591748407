namespace Router.Accounting;

/// <summary>Prices calls from the configured catalogue. A model without a price is a configuration error.</summary>
public interface ICostCalculator
{
    /// <summary>Effective unit prices of a model (for the GPU worker: derived from GPU $/s and measured tokens/s).</summary>
    UnitPrices PricesOf(string model);

    /// <summary>Cost of one call. For the GPU worker, reported GPU time is used when present.</summary>
    decimal Cost(string model, TokenUsage usage, TimeSpan? gpuTime = null);

    /// <summary>
    /// Prices one served call: by the deployment's own price when it has one (deployment types differ), else by the
    /// model's. For the GPU worker the result is provisional: the interval's allocation replaces it.
    /// </summary>
    CallPrice PriceCall(string model, TokenUsage usage, TimeSpan? gpuTime = null, string? deployment = null) =>
        new(PricesOf(model), Cost(model, usage, gpuTime), DeploymentType: null, CostBasis.Tokens);

    /// <summary>What the same tokens would have cost on the premium (all-closed) model.</summary>
    decimal PremiumCost(TokenUsage usage);

    /// <summary>Worst case of a call before it runs: prompt tokens plus max output tokens, at the model's prices.</summary>
    decimal WorstCaseCost(string model, int promptTokens, int maxCompletionTokens);
}

/// <summary>The prices a call was charged at and its cost; <see cref="Basis"/> says how final the cost is.</summary>
public sealed record CallPrice(UnitPrices Unit, decimal CostUsd, string? DeploymentType, string Basis);

/// <summary>How a ledger row's cost was found (column CostBasis).</summary>
public static class CostBasis
{
    /// <summary>Tokens × the deployment's or model's prices: final.</summary>
    public const string Tokens = "tokens";

    /// <summary>Private call, GPU seconds × rate, until its interval's replica time is allocated.</summary>
    public const string Provisional = "provisional";

    /// <summary>Private call whose interval closed: its share of the billed replica seconds.</summary>
    public const string Allocated = "allocated";
}
