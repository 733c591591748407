using Microsoft.Extensions.Options;

namespace Router.Accounting.Pricing;

/// <summary>
/// Every price entry is complete and every model the router can send to has a price. A missing price is a
/// startup error, never a silent zero; all problems are reported together.
/// </summary>
internal sealed class PricingOptionsValidator(IOptions<RouterOptions> routerOptions) : IValidateOptions<PricingOptions>
{
    public ValidateOptionsResult Validate(string? name, PricingOptions options)
    {
        var errors = new List<string>();
        foreach (var (model, price) in options.Prices)
        {
            ValidateEntry(model, price, errors);
        }

        foreach (var (deployment, price) in options.DeploymentPrices)
        {
            ValidateDeployment(deployment, price, options, errors);
        }

        var router = routerOptions.Value;
        foreach (var (route, target) in router.Routes)
        {
            if (!options.Prices.ContainsKey(target.Model))
            {
                errors.Add($"Route {route} uses model '{target.Model}', which has no price (Router:Prices:{target.Model}).");
            }
        }

        if (!options.Prices.TryGetValue(router.PremiumModel, out var premium))
        {
            errors.Add($"Premium model '{router.PremiumModel}' has no price (Router:Prices:{router.PremiumModel}).");
        }
        else if (premium.GpuPerSecondUsd is not null)
        {
            errors.Add($"Premium model '{router.PremiumModel}' must be an API model priced per token, not a GPU-worker model.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateEntry(string model, ModelPriceOptions p, List<string> errors)
    {
        var prefix = $"Router:Prices:{model}:";
        var isGpu = p.GpuPerSecondUsd is not null || p.TokensPerSecond is not null;
        var isApi = p.InputPerMillionUsd is not null || p.OutputPerMillionUsd is not null;
        if (isGpu == isApi)
        {
            errors.Add($"{prefix} set either InputPerMillionUsd and OutputPerMillionUsd (API model) or GpuPerSecondUsd and TokensPerSecond (GPU-worker model).");
        }
        else if (isApi && (p.InputPerMillionUsd is not >= 0m || p.OutputPerMillionUsd is not >= 0m))
        {
            errors.Add($"{prefix} InputPerMillionUsd and OutputPerMillionUsd are both required and must be >= 0.");
        }
        else if (isApi && p.CachedInputPerMillionUsd is < 0m)
        {
            errors.Add($"{prefix} CachedInputPerMillionUsd must be >= 0.");
        }
        else if (isGpu && p.CachedInputPerMillionUsd is not null)
        {
            errors.Add($"{prefix} CachedInputPerMillionUsd applies to API models only.");
        }
        else if (isGpu && (p.GpuPerSecondUsd is not > 0m || p.TokensPerSecond is not > 0m || p.PromptTokensPerSecond is <= 0m))
        {
            errors.Add($"{prefix} GpuPerSecondUsd and TokensPerSecond are both required and must be > 0 (PromptTokensPerSecond, if set, too).");
        }

        if (string.IsNullOrWhiteSpace(p.Source))
        {
            errors.Add($"{prefix}Source is required (where the price comes from).");
        }

        if (p.AsOf is null)
        {
            errors.Add($"{prefix}AsOf is required (the date the price was read or measured).");
        }
    }

    private static void ValidateDeployment(string deployment, DeploymentPriceOptions p, PricingOptions options, List<string> errors)
    {
        var prefix = $"Router:DeploymentPrices:{deployment}:";
        if (!options.Prices.TryGetValue(p.Model, out var model))
        {
            errors.Add($"{prefix}Model '{p.Model}' has no price (Router:Prices:{p.Model}).");
        }
        else if (model.GpuPerSecondUsd is not null)
        {
            errors.Add($"{prefix}Model '{p.Model}' is a GPU-worker model; deployment prices are for API models.");
        }

        if (!DeploymentTypes.All.Contains(p.DeploymentType, StringComparer.Ordinal))
        {
            errors.Add($"{prefix}DeploymentType '{p.DeploymentType}' is not one of {string.Join(", ", DeploymentTypes.All)}.");
        }

        if (p.InputPerMillionUsd is not >= 0m || p.OutputPerMillionUsd is not >= 0m || p.CachedInputPerMillionUsd is < 0m)
        {
            errors.Add($"{prefix} InputPerMillionUsd and OutputPerMillionUsd are required and, like CachedInputPerMillionUsd, must be >= 0.");
        }

        if (string.IsNullOrWhiteSpace(p.Source))
        {
            errors.Add($"{prefix}Source is required (where the price comes from).");
        }

        if (p.AsOf is null)
        {
            errors.Add($"{prefix}AsOf is required (the date the price was read).");
        }
    }
}
