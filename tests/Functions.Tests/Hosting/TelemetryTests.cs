using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Trace;
using Router.Accounting;
using Router.Accounting.Metrics;
using Router.Functions.Hosting;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Hosting;

public sealed class TelemetryTests
{
    private const string Email = "jane.doe@contoso.example";
    private const string Prompt = "Please write to " + Email + " about the overdue invoice";

    /// <summary>The fakes replace the ledger, and with it the metering the app puts around the real one.</summary>
    private static void MeterTheFakeLedger(IServiceCollection services)
    {
        var fake = (ISpendLedger)services.Single(d => d.ServiceType == typeof(ISpendLedger)).ImplementationInstance!;
        services.RemoveAll<ISpendLedger>();
        services.AddSingleton<ISpendLedger>(sp => new MeteredSpendLedger(fake, sp.GetRequiredService<LedgerMetrics>()));
    }

    [Fact]
    public async Task Start_NoExporterConfigured_NothingCollectedAndTheReportSaysHowToTurnItOn()
    {
        await using var app = await TestApp.StartAsync();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.StartsWith("off (set OTEL_EXPORTER_OTLP_ENDPOINT", app.Services.GetRequiredService<TelemetryDescription>().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OtlpEndpointConfigured_SpanAndMetricsExportedWithoutPromptTextOrDetectedValues()
    {
        await using var collector = await OtlpCollector.StartAsync();
        var app = await TestApp.StartAsync(
            s =>
            {
                s[Telemetry.OtlpEndpointKey] = collector.Endpoint.ToString().TrimEnd('/');
                s["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            },
            services: MeterTheFakeLedger);
        Assert.Equal("traces and metrics to OTLP", app.Services.GetRequiredService<TelemetryDescription>().Text);

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(Prompt)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.Fakes.Ledger.RowsOnceAsync(1);
        await app.DisposeAsync(); // flushes both exporters

        var traces = collector.Text("/v1/traces");
        Assert.Contains("router.request", traces, StringComparison.Ordinal);
        Assert.Contains("router.entity_types", traces, StringComparison.Ordinal);
        Assert.Contains("EMAIL", traces, StringComparison.Ordinal);
        Assert.Contains("private-small", traces, StringComparison.Ordinal);
        Assert.Contains("/api/v1/chat/completions", traces, StringComparison.Ordinal); // the ASP.NET Core span
        var metrics = collector.Text("/v1/metrics");
        Assert.Contains("router.requests", metrics, StringComparison.Ordinal);
        Assert.Contains("router.cost", metrics, StringComparison.Ordinal);
        Assert.Contains("router.sensitive_entities", metrics, StringComparison.Ordinal);
        foreach (var exported in new[] { traces, metrics })
        {
            Assert.DoesNotContain(Email, exported, StringComparison.Ordinal);
            Assert.DoesNotContain("overdue invoice", exported, StringComparison.Ordinal);
        }
    }
}
