using System.Diagnostics.CodeAnalysis;

namespace Router.Accounting.Pricing;

/// <summary>The validated price catalogue. Replaced whole when configuration changes, never edited.</summary>
public interface IPriceCatalog
{
    IReadOnlyCollection<ModelPrice> All { get; }

    bool TryGet(string model, [MaybeNullWhen(false)] out ModelPrice price);

    /// <exception cref="InvalidOperationException">The model has no configured price (a configuration error).</exception>
    ModelPrice Get(string model);

    /// <summary>Per-deployment prices (API models only).</summary>
    IReadOnlyCollection<DeploymentPrice> Deployments => [];

    /// <summary>The deployment's own price, by deployment name ("name" or "name@host").</summary>
    bool TryGetDeployment(string? deployment, [MaybeNullWhen(false)] out DeploymentPrice price)
    {
        price = null;
        return false;
    }
}
