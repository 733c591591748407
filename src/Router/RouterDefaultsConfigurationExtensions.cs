using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Router;

/// <summary>Loads the shipped defaults (routes, tenants, prices) from the embedded router.defaults.json.</summary>
public static class RouterDefaultsConfigurationExtensions
{
    internal const string ResourceName = "router.defaults.json";

    /// <summary>Adds the defaults as the lowest configuration layer, whatever was added before.</summary>
    public static IConfigurationBuilder AddRouterDefaults(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stream = typeof(RouterDefaultsConfigurationExtensions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from {typeof(RouterOptions).Assembly.GetName().Name}.");
        builder.Sources.Insert(0, new JsonStreamConfigurationSource { Stream = stream });
        return builder;
    }
}
