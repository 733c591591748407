namespace Router.Accounting.Pricing;

/// <summary>The price catalogue, bound from section "Router" (keys "Router:Prices:{model}" and "Router:DeploymentPrices:{deployment}").</summary>
public sealed class PricingOptions
{
    public Dictionary<string, ModelPriceOptions> Prices { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per-deployment prices of API models; a call served by a listed deployment is priced by it, else by its model.</summary>
    public Dictionary<string, DeploymentPriceOptions> DeploymentPrices { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Prices older than this many days are flagged by <c>router prices</c> and at startup.</summary>
    public int MaxPriceAgeDays { get; set; } = 90;
}
