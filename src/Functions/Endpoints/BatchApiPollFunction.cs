using System.Globalization;
using Router.Functions.CustomHandler;
using Router.Pipeline.Batch.Deferred;

namespace Router.Functions.Endpoints;

/// <summary>
/// POST /BatchApiPoll: the timerTrigger invocation (every minute). Flushes collected requests into Azure OpenAI
/// batches and moves every open batch on (upload, create, poll, ingest results and ledger rows). Steps that fail are
/// retried by the next run from the stored state; a failure of the poll itself answers 500 so the host logs it.
/// </summary>
internal sealed partial class BatchApiPollFunction(BatchPoller poller, ILogger<BatchApiPollFunction> logger)
{
    public const string FunctionName = "BatchApiPoll";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        try
        {
            var s = await poller.PollAsync(context.RequestAborted);
            var log = string.Create(CultureInfo.InvariantCulture,
                $"batch poll: {s.JobsCreated} batches formed, {s.Uploaded} uploaded, {s.Submitted} submitted, {s.Ended} ended, {s.Ingested} requests ingested, {s.OpenJobs} open, {s.FailedSteps} steps failed, {s.ClaimedElsewhere} held by another poll");
            return new InvocationResponse { Logs = [log], ReturnValue = s }.ToResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e.GetType().Name);
            return new InvocationResponse { Logs = [$"batch poll failed: {e.GetType().Name}"] }.ToResult(StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(EventId = 6506, Level = LogLevel.Error, Message = "Batch API poll failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
