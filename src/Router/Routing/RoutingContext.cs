using Router.Classification;
using Router.Requests;

namespace Router.Routing;

/// <summary>Everything the policy may look at. Budget is what the tenant has left today (null: unlimited).
/// <see cref="WorstCase"/> is the budget's worst case when the caller already has it (the budget rule counts the
/// prompt otherwise), so a budgeted request is tokenised once and the policy and the reservation price the same
/// worst case.</summary>
public sealed record RoutingContext(
    ChatRequest Request,
    RequestClassification Classification,
    string TenantId,
    TenantOptions Tenant,
    decimal? RemainingBudgetUsd = null,
    WorstCaseTokens? WorstCase = null);
