using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Router.Diagnostics;

namespace Router.Functions.Hosting;

/// <summary>
/// OpenTelemetry for the function app: the router's <c>router.request</c> spans and <c>router.*</c> metrics
/// (<see cref="RouterTelemetry"/>), plus ASP.NET Core and outgoing HTTP, exported to whichever of these is set:
/// <list type="bullet">
/// <item><c>OTEL_EXPORTER_OTLP_ENDPOINT</c> — any OTLP collector (the standard <c>OTEL_*</c> variables apply);</item>
/// <item><c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> — Application Insights, signing in with Microsoft Entra
/// (managed identity) when <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> says <c>Authorization=AAD</c>, as the
/// Functions host does (the Bicep turns local auth off).</item>
/// </list>
/// Neither set: nothing is collected, and the startup report says so.
/// </summary>
internal static class Telemetry
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AppInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AppInsightsAuthKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";
    public const string ServiceName = "llm-router";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var appInsights = configuration[AppInsightsKey];
        var exporters = new List<string>();
        if (otlp)
        {
            exporters.Add("OTLP");
        }

        if (!string.IsNullOrWhiteSpace(appInsights))
        {
            exporters.Add("Application Insights");
        }

        services.AddSingleton(new TelemetryDescription(exporters.Count == 0
            ? $"off (set {OtlpEndpointKey} or {AppInsightsKey} to export traces and metrics)"
            : $"traces and metrics to {string.Join(" and ", exporters)}"));
        if (exporters.Count == 0)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(RouterTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(o => AzureMonitor(o, appInsights, configuration));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RouterTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    metrics.AddAzureMonitorMetricExporter(o => AzureMonitor(o, appInsights, configuration));
                }
            });
        return services;
    }

    private static void AzureMonitor(AzureMonitorExporterOptions options, string connectionString, IConfiguration configuration)
    {
        options.ConnectionString = connectionString;
        if (configuration[AppInsightsAuthKey]?.Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase) == true)
        {
            // AZURE_CLIENT_ID (set by the Bicep) picks the user-assigned identity.
            options.Credential = new DefaultAzureCredential();
        }
    }
}

/// <summary>What the startup report says about telemetry.</summary>
internal sealed record TelemetryDescription(string Text);
