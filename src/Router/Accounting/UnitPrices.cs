namespace Router.Accounting;

/// <summary>USD per one million tokens, the unit every vendor price list uses.</summary>
public sealed record UnitPrices(decimal InputPerMillionUsd, decimal OutputPerMillionUsd)
{
    /// <summary>Price of prompt tokens served from the provider's prompt cache; null means no discount (the input price).</summary>
    public decimal? CachedInputPerMillionUsd { get; init; }

    public decimal EffectiveCachedInputPerMillionUsd => CachedInputPerMillionUsd ?? InputPerMillionUsd;

    /// <summary>Cost of the tokens of one call: uncached input, cached input and output (reasoning tokens are output).</summary>
    public decimal TokenCost(TokenUsage usage) => TokenCost(usage.PromptTokens, usage.CachedPromptTokens, usage.CompletionTokens);

    public decimal TokenCost(int promptTokens, int cachedPromptTokens, int completionTokens)
    {
        var cached = Math.Clamp(cachedPromptTokens, 0, promptTokens);
        return ((promptTokens - cached) * InputPerMillionUsd + cached * EffectiveCachedInputPerMillionUsd + completionTokens * OutputPerMillionUsd) / 1_000_000m;
    }
}
