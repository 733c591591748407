using System.Diagnostics.CodeAnalysis;

namespace Router.Accounting.Pricing;

/// <summary>The validated price catalogue. Replaced whole when configuration changes, never edited.</summary>
public interface IPriceCatalog
{
    IReadOnlyCollection<ModelPrice> All { get; }

    bool TryGet(string model, [MaybeNullWhen(false)] out ModelPrice price);

    /// <exception cref="InvalidOperationException">The model has no configured price (a configuration error).</exception>
    ModelPrice Get(string model);
}
