using Router.Classification;
using Router.Requests;

namespace Router.Routing;

/// <summary>Everything the policy may look at. Budget is what the tenant has left today (null: unlimited).</summary>
public sealed record RoutingContext(
    ChatRequest Request,
    RequestClassification Classification,
    string TenantId,
    TenantOptions Tenant,
    decimal? RemainingBudgetUsd = null);
