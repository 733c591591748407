using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>Each batch deployment has an endpoint, a name, a model and a GlobalBatch price; one per model. All errors together.</summary>
internal sealed class BatchApiOptionsValidator(IOptions<PricingOptions> pricing) : IValidateOptions<BatchApiOptions>
{
    public ValidateOptionsResult Validate(string? name, BatchApiOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Deployments.Count; i++)
        {
            var d = options.Deployments[i];
            var at = $"BatchApi:Deployments:{i}";
            if (!Uri.TryCreate(d.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
            {
                errors.Add($"{at}:Endpoint must be an absolute http(s) URL.");
            }

            if (string.IsNullOrWhiteSpace(d.Deployment) || string.IsNullOrWhiteSpace(d.Model))
            {
                errors.Add($"{at} needs both Deployment and Model.");
                continue;
            }

            if (!pricing.Value.DeploymentPrices.TryGetValue(d.Deployment, out var price))
            {
                errors.Add($"{at}: deployment '{d.Deployment}' has no price: add Router:DeploymentPrices:{d.Deployment} with DeploymentType GlobalBatch.");
            }
            else if (price.DeploymentType != DeploymentTypes.GlobalBatch || price.Model != d.Model)
            {
                errors.Add($"Router:DeploymentPrices:{d.Deployment} must have DeploymentType GlobalBatch and Model '{d.Model}' (it has '{price.DeploymentType}', '{price.Model}').");
            }
        }

        foreach (var model in options.Deployments.GroupBy(d => d.Model, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"BatchApi:Deployments: model '{model.Key}' has more than one batch deployment; keep one.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
