using Router.Classification;
using Router.Routing;

namespace Router.Cli.Evaluation;

/// <summary>What classification and policy made of one request: a decision, or the reason it was refused.</summary>
internal sealed record Evaluation(RequestClassification Classification, RouteDecision? Decision, string? Refusal);
