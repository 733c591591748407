using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Router.Accounting.GpuTime;

/// <summary>GET {worker}/billing over HTTP. Seconds are rounded to the millisecond as they are read.</summary>
internal sealed class HttpGpuWorkerBillingSource(HttpClient http, IOptions<GpuUsageOptions> options)
    : IGpuWorkerBillingSource
{
    public async Task<GpuUsageSample?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var baseUrl = options.Value.WorkerBaseUrl;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ScrapeTimeout);
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), "billing"), timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var wire = await response.Content.ReadFromJsonAsync(BillingJsonContext.Default.BillingWire, timeout.Token).ConfigureAwait(false);
            return wire is null ? null : new GpuUsageSample
            {
                InstanceId = wire.InstanceId,
                Model = wire.Model,
                ModelFile = wire.ModelFile ?? "",
                PriceModel = "", // set by the collector from configuration
                ProcessStartedAt = wire.ProcessStartedAt,
                SampledAt = wire.SampledAt,
                UptimeSeconds = Seconds(wire.UptimeSeconds),
                ColdStartSeconds = Seconds(wire.ColdStartSeconds),
                BusySeconds = Seconds(wire.BusySeconds),
                IdleSeconds = Seconds(wire.IdleSeconds),
                IdleForSeconds = Seconds(wire.IdleForSeconds),
            };
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    private static decimal Seconds(double value) => Math.Round((decimal)value, 3);
}

internal sealed record BillingWire(
    string InstanceId, string Model, string? ModelFile, DateTimeOffset ProcessStartedAt, DateTimeOffset SampledAt,
    double UptimeSeconds, double ColdStartSeconds, double BusySeconds, double IdleSeconds, double IdleForSeconds);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BillingWire))]
internal sealed partial class BillingJsonContext : JsonSerializerContext;
