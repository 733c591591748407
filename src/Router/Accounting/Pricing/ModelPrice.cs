namespace Router.Accounting.Pricing;

/// <summary>A validated catalogue entry. <see cref="Unit"/> is what one million tokens cost in and out.</summary>
public sealed record ModelPrice(string Model, UnitPrices Unit, string Source, DateOnly AsOf)
{
    /// <summary>Present for GPU-worker models only.</summary>
    public GpuPrice? Gpu { get; init; }

    public bool IsGpuWorker => Gpu is not null;
}

/// <summary>GPU time price and measured throughput of a model on the GPU worker.</summary>
public sealed record GpuPrice(decimal PerSecondUsd, decimal TokensPerSecond, decimal PromptTokensPerSecond);
