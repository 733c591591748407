using Microsoft.Extensions.Options;

namespace Router.Accounting.GpuTime;

/// <summary>The price entry that holds the GPU profile's per-second rate.</summary>
internal sealed class GpuUsagePriceModel(IOptions<GpuUsageOptions> options, IOptions<RouterOptions> router)
{
    public string Name =>
        !string.IsNullOrWhiteSpace(options.Value.PriceModel) ? options.Value.PriceModel
        : router.Value.Routes.TryGetValue(Route.PrivateSmall, out var target) ? target.Model : "";
}
