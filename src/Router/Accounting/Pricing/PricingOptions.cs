namespace Router.Accounting.Pricing;

/// <summary>The price catalogue, bound from section "Router" (key "Router:Prices:{model}").</summary>
public sealed class PricingOptions
{
    public Dictionary<string, ModelPriceOptions> Prices { get; set; } = new(StringComparer.Ordinal);
}
