namespace Router.Accounting;

/// <summary>Prices calls from the configured catalogue. A model without a price is a configuration error.</summary>
public interface ICostCalculator
{
    /// <summary>Effective unit prices of a model (for the GPU worker: derived from GPU $/s and measured tokens/s).</summary>
    UnitPrices PricesOf(string model);

    /// <summary>Cost of one call. For the GPU worker, reported GPU time is used when present.</summary>
    decimal Cost(string model, TokenUsage usage, TimeSpan? gpuTime = null);

    /// <summary>What the same tokens would have cost on the premium (all-closed) model.</summary>
    decimal PremiumCost(TokenUsage usage);

    /// <summary>Worst case of a call before it runs: prompt tokens plus max output tokens, at the model's prices.</summary>
    decimal WorstCaseCost(string model, int promptTokens, int maxCompletionTokens);
}
