using System.ComponentModel.DataAnnotations;

namespace Router.Functions.Hosting;

/// <summary>Bound from configuration section "Http".</summary>
public sealed class HttpOptions
{
    public const string SectionName = "Http";

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
