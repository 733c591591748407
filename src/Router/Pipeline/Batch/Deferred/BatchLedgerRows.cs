using System.Text.Json;
using Router.Accounting;
using Router.Accounting.Pricing;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Completes a collected request's ledger row from its batch result, priced at the batch deployment's price, with the
/// same tokens at the model's standard price beside it (<see cref="LedgerEntry.StandardCostUsd"/>: the batch saving).
/// The row keeps the template's timestamp (when the request was received, as every queue row does): the ledger's key
/// includes the day, so a row written again after a crash, even past midnight, replaces the first instead of adding a
/// second, and the row counts on the day its budget was charged.
/// </summary>
internal sealed class BatchLedgerRows(IPriceCatalog prices, ICostCalculator costs, TimeProvider time)
{
    public LedgerEntry Served(BatchItem item, string deploymentLabel, BatchCompletion completion)
    {
        var template = Template(item);
        if (!prices.TryGetDeployment(item.Deployment, out var price))
        {
            throw new InvalidOperationException($"Batch deployment '{item.Deployment}' has no price (Router:DeploymentPrices:{item.Deployment}).");
        }

        var usage = completion.Usage;
        return template with
        {
            ServedModel = completion.Model ?? template.Model,
            Deployment = deploymentLabel,
            DeploymentType = price.DeploymentType,
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
            CachedPromptTokens = usage.CachedPromptTokens,
            ReasoningTokens = usage.ReasoningTokens,
            InputPricePerMillionUsd = price.Unit.InputPerMillionUsd,
            OutputPricePerMillionUsd = price.Unit.OutputPerMillionUsd,
            CachedInputPricePerMillionUsd = price.Unit.EffectiveCachedInputPerMillionUsd,
            CostUsd = price.Unit.TokenCost(usage),
            CostBasis = CostBasis.Tokens,
            PremiumCostUsd = costs.PremiumCost(usage),
            StandardCostUsd = costs.Cost(template.Model, usage),
            LatencyMs = (time.GetUtcNow() - item.CollectedAt).TotalMilliseconds,
            Status = "ok",
        };
    }

    public LedgerEntry Failed(BatchItem item, string reason)
    {
        var template = Template(item);
        return template with
        {
            Status = "error:BatchFailed",
            Reasons = [.. template.Reasons, reason],
            LatencyMs = (time.GetUtcNow() - item.CollectedAt).TotalMilliseconds,
        };
    }

    private static LedgerEntry Template(BatchItem item) =>
        JsonSerializer.Deserialize(item.LedgerTemplate, LedgerJsonContext.Default.LedgerEntry)
        ?? throw new JsonException($"empty ledger template for request {item.RequestId}");
}
