using Router.Classification;
using Router.Requests;

namespace Router.Routing;

/// <summary>Everything the policy may look at. Budget is what the tenant has left today (null: unlimited).
/// <see cref="PromptTokens"/> is the prompt's token count when the caller already has it (the budget rule counts
/// otherwise), so a budgeted request is tokenised once for the policy and the reservation together.</summary>
public sealed record RoutingContext(
    ChatRequest Request,
    RequestClassification Classification,
    string TenantId,
    TenantOptions Tenant,
    decimal? RemainingBudgetUsd = null,
    int? PromptTokens = null);
