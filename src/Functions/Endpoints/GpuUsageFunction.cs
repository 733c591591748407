using System.Globalization;
using Router.Functions.CustomHandler;
using Router.Functions.Timers;

namespace Router.Functions.Endpoints;

/// <summary>
/// POST /GpuUsage: the timerTrigger invocation (every 5 minutes). Reads the GPU worker's billable-time counters into
/// the GpuUsage table and allocates the window since the last run to its private calls (docs/cost-model.md). A
/// failure answers 500 so the host logs it; the next run allocates from the last closed window, so nothing is skipped.
/// </summary>
internal sealed partial class GpuUsageFunction(IGpuUsageTick tick, ILogger<GpuUsageFunction> logger)
{
    public const string FunctionName = "GpuUsage";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        try
        {
            var s = await tick.RunAsync(context.RequestAborted);
            var log = string.Create(CultureInfo.InvariantCulture,
                $"GPU window {s.From:O}..{s.To:O}: {s.BilledSeconds} replica seconds, {s.BilledUsd} USD, {s.AllocatedCalls} calls allocated, {s.UnmeteredCalls} left provisional, worker read: {s.WorkerRead}");
            return new InvocationResponse { Logs = [log], ReturnValue = new { billedSeconds = s.BilledSeconds, billedUsd = s.BilledUsd, allocatedCalls = s.AllocatedCalls } }.ToResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e.GetType().Name);
            return new InvocationResponse { Logs = [$"GPU usage collection failed: {e.GetType().Name}"] }.ToResult(StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(EventId = 6401, Level = LogLevel.Error, Message = "GPU usage collection failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
