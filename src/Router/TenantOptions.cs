namespace Router;

/// <summary>Per-tenant policy settings, bound from configuration section "Router:Tenants:{id}".</summary>
public sealed class TenantOptions
{
    public string DisplayName { get; set; } = "";

    /// <summary>Difficulty at or above which non-sensitive work goes to the closed model. Null: the router default.</summary>
    public double? DifficultyThreshold { get; set; }
    /// <summary>
    /// Routes this tenant may use; empty (the default) means every route. Not pre-filled: the configuration
    /// binder appends to a non-empty default list, so a configured list would never narrow it.
    /// </summary>
    public List<Route> AllowedRoutes { get; set; } = [];

    /// <summary><see cref="AllowedRoutes"/>, with empty read as every route.</summary>
    public IReadOnlyList<Route> EffectiveAllowedRoutes =>
        AllowedRoutes.Count == 0 ? [Route.PrivateSmall, Route.PrivateLarge, Route.Closed] : AllowedRoutes;
    /// <summary>Words or names (a project code name) that make a request <c>Moderate</c> wherever they occur.</summary>
    public List<string> ConfidentialTerms { get; set; } = [];

    /// <summary>
    /// The tenant's own classification markers ("ACME RESTRICTED"), added to the built-in ones: <c>High</c> where they
    /// label a document (a header or footer line, a banner, "Classification: …"), not where a sentence merely uses them.
    /// </summary>
    public List<string> ConfidentialMarkers { get; set; } = [];

    /// <summary>The tenant's registered sensitive values (customer names, account numbers …) as a hashed set; null: none.</summary>
    public ExactDataMatchOptions? ExactDataMatch { get; set; }

    /// <summary>Daily spend limit in USD; null means unlimited.</summary>
    public decimal? DailyBudgetUsd { get; set; }

    /// <summary>Whether non-sensitive work may fall back to the closed model when the private worker fails.</summary>
    public bool AllowClosedFallback { get; set; } = true;

    /// <summary>
    /// Whether tool and extraction requests (tools, or a JSON response format) may use private routes. Default yes:
    /// choosing a tool or filling fixed fields is the cheap model's work. When no, they go to the closed model unless
    /// sensitivity keeps them private; either way x-router-reasons says so.
    /// </summary>
    public bool PrivateToolRequests { get; set; } = true;

    /// <summary>Whether responses to sensitive requests may be cached (in the tenant's own key space).</summary>
    public bool CacheSensitiveResponses { get; set; }

    /// <summary>
    /// The completion window of this tenant's queue messages that name none ("24h"): their closed-route requests go
    /// through the Azure OpenAI Batch API at batch prices. Null (the default): answered at once.
    /// </summary>
    public string? BatchCompletionWindow { get; set; }

    /// <summary>What happens to a request the Batch API failed or let expire: run again on the standard route (the
    /// default) or stored as failed with the reason.</summary>
    public BatchFailurePolicy BatchFailures { get; set; } = BatchFailurePolicy.RetryStandard;
}

/// <summary>See <see cref="TenantOptions.BatchFailures"/>.</summary>
public enum BatchFailurePolicy
{
    RetryStandard,
    Fail,
}
