using Microsoft.Extensions.Options;
using Router.Pipeline.Batch.Deferred;

namespace Router.Functions.Batch;

/// <summary>
/// Without the Functions host (scripts/run.sh, tests), the app runs the BatchApiPoll timer's work itself every
/// BatchApi:LocalPollInterval. Under the host (FUNCTIONS_CUSTOMHANDLER_PORT set) the timer trigger does, so this stays idle.
/// </summary>
internal sealed partial class LocalBatchApiPoll(
    BatchPoller poller,
    IOptions<BatchApiOptions> options,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<LocalBatchApiPoll> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled || !string.IsNullOrEmpty(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]))
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.LocalPollInterval, time, stoppingToken);
                try
                {
                    await poller.PollAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: open batches resume from their stored state.
        }
    }

    [LoggerMessage(EventId = 6507, Level = LogLevel.Warning, Message = "Local batch poll failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
