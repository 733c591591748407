using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Router.Accounting.Pricing;

/// <summary>Built once from validated <see cref="PricingOptions"/>; GPU prices become per-million-token prices here.</summary>
internal sealed class PriceCatalog : IPriceCatalog
{
    private const decimal TokensPerMillion = 1_000_000m;
    private readonly Dictionary<string, ModelPrice> _prices;
    private readonly Dictionary<string, DeploymentPrice> _deployments;

    public PriceCatalog(IOptions<PricingOptions> options)
        : this(options.Value)
    {
    }

    internal PriceCatalog(PricingOptions options)
    {
        _prices = options.Prices.ToDictionary(p => p.Key, p => ToModelPrice(p.Key, p.Value), StringComparer.Ordinal);
        _deployments = options.DeploymentPrices.ToDictionary(p => p.Key, p => ToDeploymentPrice(p.Key, p.Value), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ModelPrice> All => _prices.Values;

    public IReadOnlyCollection<DeploymentPrice> Deployments => _deployments.Values;

    public bool TryGet(string model, [MaybeNullWhen(false)] out ModelPrice price) => _prices.TryGetValue(model, out price);

    public ModelPrice Get(string model) =>
        _prices.TryGetValue(model, out var price)
            ? price
            : throw new InvalidOperationException($"No price is configured for model '{model}' (Router:Prices:{model}).");

    public bool TryGetDeployment(string? deployment, [MaybeNullWhen(false)] out DeploymentPrice price)
    {
        price = null;
        if (string.IsNullOrEmpty(deployment))
        {
            return false;
        }
        // The backend names deployments "name@host"; prices are configured by name.
        var at = deployment.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? deployment : deployment[..at];
        return _deployments.TryGetValue(name, out price);
    }

    private static ModelPrice ToModelPrice(string model, ModelPriceOptions o)
    {
        var asOf = o.AsOf ?? DateOnly.MinValue;
        if (o.GpuPerSecondUsd is { } perSecond && o.TokensPerSecond is { } tps && tps > 0)
        {
            var prefill = o.PromptTokensPerSecond is > 0 ? o.PromptTokensPerSecond.Value : tps;
            var unit = new UnitPrices(perSecond / prefill * TokensPerMillion, perSecond / tps * TokensPerMillion);
            return new ModelPrice(model, unit, o.Source, asOf) { Gpu = new GpuPrice(perSecond, tps, prefill) };
        }

        var api = new UnitPrices(o.InputPerMillionUsd ?? 0m, o.OutputPerMillionUsd ?? 0m) { CachedInputPerMillionUsd = o.CachedInputPerMillionUsd };
        return new ModelPrice(model, api, o.Source, asOf);
    }

    private static DeploymentPrice ToDeploymentPrice(string deployment, DeploymentPriceOptions o) =>
        new(deployment, o.Model, o.DeploymentType,
            new UnitPrices(o.InputPerMillionUsd ?? 0m, o.OutputPerMillionUsd ?? 0m) { CachedInputPerMillionUsd = o.CachedInputPerMillionUsd },
            o.Source, o.AsOf ?? DateOnly.MinValue);
}
