namespace Router.Accounting.Pricing;

/// <summary>
/// Price of one Azure OpenAI deployment, bound from "Router:DeploymentPrices:{deployment}". Azure prices the same
/// model differently by deployment type (global, data zone, regional standard; provisioned is billed per PTU-hour,
/// so its token prices are 0 and the reservation shows up in <c>router reconcile</c>).
/// </summary>
public sealed class DeploymentPriceOptions
{
    /// <summary>The catalogue model the deployment serves (must also have a Router:Prices entry).</summary>
    public string Model { get; set; } = "";

    /// <summary>One of <see cref="DeploymentTypes.All"/>.</summary>
    public string DeploymentType { get; set; } = "";

    public decimal? InputPerMillionUsd { get; set; }

    /// <summary>Prompt tokens served from the prompt cache; null means no discount.</summary>
    public decimal? CachedInputPerMillionUsd { get; set; }

    public decimal? OutputPerMillionUsd { get; set; }

    public string Source { get; set; } = "";

    public DateOnly? AsOf { get; set; }
}

/// <summary>Azure OpenAI deployment types, as the Azure price page names them.</summary>
public static class DeploymentTypes
{
    public const string GlobalStandard = "GlobalStandard";
    public const string DataZoneStandard = "DataZoneStandard";
    public const string Standard = "Standard";
    public const string GlobalBatch = "GlobalBatch";
    public const string Provisioned = "Provisioned";

    public static readonly IReadOnlyList<string> All = [GlobalStandard, DataZoneStandard, Standard, GlobalBatch, Provisioned];
}

/// <summary>A validated deployment price.</summary>
public sealed record DeploymentPrice(string Deployment, string Model, string DeploymentType, UnitPrices Unit, string Source, DateOnly AsOf);
