namespace Router.Accounting.Pricing;

/// <summary>
/// When does a dedicated, always-on GPU worker cost less than the API for the same tokens?
/// The worker costs <c>GPU $/s × seconds per month</c> whatever it serves; the API costs tokens × its blended
/// price. Break-even is the monthly volume where both are equal; it only helps if one worker can serve it.
/// </summary>
public static class BreakEven
{
    /// <summary>Azure's pricing convention: 730 hours a month.</summary>
    public const decimal SecondsPerMonth = 730m * 3600m;

    /// <param name="promptShare">Share of tokens that are prompt tokens, in [0,1] (the rest are completion tokens).</param>
    public static BreakEvenResult Calculate(ModelPrice gpuModel, ModelPrice apiModel, decimal promptShare, decimal secondsPerMonth = SecondsPerMonth)
    {
        var gpu = gpuModel.Gpu ?? throw new ArgumentException($"'{gpuModel.Model}' is not a GPU-worker model.", nameof(gpuModel));
        ArgumentOutOfRangeException.ThrowIfLessThan(promptShare, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(promptShare, 1m);

        var monthlyGpuCost = gpu.PerSecondUsd * secondsPerMonth;
        var apiBlendedPerMillion = promptShare * apiModel.Unit.InputPerMillionUsd + (1m - promptShare) * apiModel.Unit.OutputPerMillionUsd;
        var secondsPerToken = promptShare / gpu.PromptTokensPerSecond + (1m - promptShare) / gpu.TokensPerSecond;
        var capacity = secondsPerMonth / secondsPerToken;
        decimal? breakEven = apiBlendedPerMillion > 0m ? monthlyGpuCost / apiBlendedPerMillion * 1_000_000m : null;

        return new BreakEvenResult(gpuModel.Model, apiModel.Model, monthlyGpuCost, apiBlendedPerMillion, breakEven, capacity);
    }
}

/// <summary>
/// <see cref="BreakEvenTokensPerMonth"/> is null when the API is free. When it exceeds
/// <see cref="CapacityTokensPerMonth"/>, one worker cannot reach break-even: the API stays cheaper per token.
/// </summary>
public sealed record BreakEvenResult(
    string GpuModel,
    string ApiModel,
    decimal MonthlyGpuCostUsd,
    decimal ApiBlendedPerMillionUsd,
    decimal? BreakEvenTokensPerMonth,
    decimal CapacityTokensPerMonth)
{
    public bool BreaksEvenWithinCapacity => BreakEvenTokensPerMonth is { } v && v <= CapacityTokensPerMonth;
}
