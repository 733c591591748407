namespace Router.Accounting.Pricing;

/// <summary>
/// One entry of the price catalogue, bound from "Router:Prices:{model}". API models set the two per-million
/// prices; GPU-worker models set <see cref="GpuPerSecondUsd"/> and their measured throughput instead.
/// </summary>
public sealed class ModelPriceOptions
{
    public decimal? InputPerMillionUsd { get; set; }
    public decimal? OutputPerMillionUsd { get; set; }

    /// <summary>Prompt tokens served from the provider's prompt cache; null means no discount (the input price).</summary>
    public decimal? CachedInputPerMillionUsd { get; set; }

    /// <summary>Price of one second of the GPU the worker runs on.</summary>
    public decimal? GpuPerSecondUsd { get; set; }

    /// <summary>Measured generation (decode) throughput of the worker for this model.</summary>
    public decimal? TokensPerSecond { get; set; }

    /// <summary>Measured prompt (prefill) throughput; null means the same as <see cref="TokensPerSecond"/> (conservative).</summary>
    public decimal? PromptTokensPerSecond { get; set; }

    /// <summary>Where the price comes from (URL or measurement), and any doubt about it.</summary>
    public string Source { get; set; } = "";

    /// <summary>The date the price was read or measured.</summary>
    public DateOnly? AsOf { get; set; }
}
