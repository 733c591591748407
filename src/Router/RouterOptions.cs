using System.ComponentModel.DataAnnotations;

namespace Router;

/// <summary>Bound from configuration section "Router". Validated at startup; all errors reported together.</summary>
public sealed class RouterOptions
{
    public const string SectionName = "Router";

    /// <summary>Which backend and model serve each route.</summary>
    [Required]
    public Dictionary<Route, RouteTarget> Routes { get; set; } = [];

    /// <summary>The model that "everything to premium" would have used: the counterfactual in the ledger.</summary>
    [Required]
    public string PremiumModel { get; set; } = "";

    /// <summary>
    /// Difficulty is a calibrated probability that the strong model gains where the cheap one fails; it rarely
    /// exceeds 0.4. At 0.22, about 31 % of MMLU-style and 92 % of GSM8K-style prompts go to the closed model
    /// (measured on the training prompts, docs/difficulty.md).
    /// </summary>
    [Range(0.0, 1.0)]
    public double DefaultDifficultyThreshold { get; set; } = 0.22;

    /// <summary>Classification slower than this fails closed (the request is treated as sensitive).</summary>
    public TimeSpan ClassificationTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    public Dictionary<string, TenantOptions> Tenants { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Tenants without a <see cref="Tenants"/> section that may run on the <c>default</c> tenant's policy. An API key
    /// mapped to a tenant that is in neither list fails startup, so a typo never silently inherits the default.
    /// </summary>
    public List<string> DefaultPolicyTenants { get; set; } = [];

    /// <summary>How the tenants' exact-data-match sets are watched for changes.</summary>
    public ExactDataMatchReloadOptions ExactDataMatch { get; set; } = new();

    /// <summary>How a tool or extraction request's structure raises its difficulty.</summary>
    public ToolDifficultyOptions ToolDifficulty { get; set; } = new();
}
