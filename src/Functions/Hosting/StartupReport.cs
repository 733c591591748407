using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Caching;
using Router.Functions.Batch;
using Router.Pipeline.Batch;

namespace Router.Functions.Hosting;

/// <summary>Says at startup which cache, ledger, queue, result store, backends (each route's state and what a route without a
/// backend does) and telemetry exporters the app uses, so an embedded default
/// (in-memory cache, local ledger) is never mistaken for the real services. Names kinds, never secrets.</summary>
internal sealed partial class StartupReport(
    IServiceProvider services,
    IConfiguration configuration,
    IOptions<QueueOptions> queue,
    IOptions<LedgerOptions> ledger,
    IHostApplicationLifetime lifetime,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        LogListening(logger, string.Join(", ", addresses));
        LogCache(logger, services.GetService<CacheDescription>()?.Text ?? "cache NOT REGISTERED",
            Router.Redis.RedisServiceCollectionExtensions.IsRedisConfigured(configuration) ? "Redis configured" : "no Redis configured: embedded in-memory default");
        LogLedger(logger, services.GetService<LedgerDescription>()?.Text ?? "ledger NOT REGISTERED",
            ledger.Value.Tables.IsConfigured ? "Table Storage configured" : "no Table Storage configured: embedded local ledger default");
        LogQueue(logger, queue.Value.IsConfigured
            ? $"Storage Queue '{queue.Value.Name}' consumed locally (poison: '{queue.Value.PoisonName}')"
            : "no local queue configured (Queue:ConnectionString); in Azure, Service Bus invokes POST /BatchQueue");
        LogResults(logger, services.GetService<IBatchResultStore>()?.Description ?? "not registered");
        foreach (var line in services.GetService<Router.Backends.BackendStateReport>()?.Lines() ?? ["backends NOT REGISTERED"])
        {
            LogBackend(logger, line);
        }

        LogTelemetry(logger, services.GetService<TelemetryDescription>()?.Text ?? "not registered");
    }

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Router function app listening on {Addresses}")]
    private static partial void LogListening(ILogger logger, string addresses);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Information, Message = "{Cache}; {Mode}")]
    private static partial void LogCache(ILogger logger, string cache, string mode);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Information, Message = "{Ledger}; {Mode}")]
    private static partial void LogLedger(ILogger logger, string ledger, string mode);

    [LoggerMessage(EventId = 6205, Level = LogLevel.Information, Message = "Batch queue: {Mode}")]
    private static partial void LogQueue(ILogger logger, string mode);

    [LoggerMessage(EventId = 6206, Level = LogLevel.Information, Message = "Batch results: {Store}")]
    private static partial void LogResults(ILogger logger, string store);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Backends: {State}")]
    private static partial void LogBackend(ILogger logger, string state);

    [LoggerMessage(EventId = 6207, Level = LogLevel.Information, Message = "Telemetry: {Telemetry}")]
    private static partial void LogTelemetry(ILogger logger, string telemetry);
}
