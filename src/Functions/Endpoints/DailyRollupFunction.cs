using System.Globalization;
using System.Text.Json;
using Router.Functions.CustomHandler;
using Router.Functions.Timers;

namespace Router.Functions.Endpoints;

/// <summary>
/// POST /DailyRollup: the timerTrigger invocation (Data["timer"] holds Schedule, ScheduleStatus, IsPastDue). Rolls up
/// the previous UTC day, which is complete by the schedule's time. A failure answers 500 so the host logs the
/// invocation as failed; the next run (or a past-due run) repeats it, and re-rolling a day is idempotent.
/// </summary>
internal sealed partial class DailyRollupFunction(IDailyRollup rollup, TimeProvider time, ILogger<DailyRollupFunction> logger)
{
    public const string FunctionName = "DailyRollup";
    public const string BindingName = "timer";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        InvocationRequest? invocation;
        try
        {
            invocation = await JsonSerializer.DeserializeAsync<InvocationRequest>(context.Request.Body, InvocationRequest.Json, context.RequestAborted);
        }
        catch (JsonException e)
        {
            return new InvocationResponse { Logs = [$"invalid invocation payload: {e.Message}"] }.ToResult(StatusCodes.Status400BadRequest);
        }

        var pastDue = invocation?.Data.TryGetValue(BindingName, out var timer) == true
            && timer.ValueKind == JsonValueKind.Object
            && timer.TryGetProperty("IsPastDue", out var due) && due.ValueKind == JsonValueKind.True;
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        try
        {
            // The day before is rolled again: rows spooled during a Table Storage outage can land after midnight.
            await rollup.RollUpAsync(day.AddDays(-1), context.RequestAborted);
            var totals = await rollup.RollUpAsync(day, context.RequestAborted);
            var log = string.Create(CultureInfo.InvariantCulture, $"rolled up {day:yyyy-MM-dd}: {totals.Requests} requests, {totals.CostUsd} USD{(pastDue ? " (past due)" : "")}");
            return new InvocationResponse { Logs = [log], ReturnValue = new { day = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), requests = totals.Requests } }.ToResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, day, e.GetType().Name);
            return new InvocationResponse { Logs = [$"roll-up of {day:yyyy-MM-dd} failed: {e.GetType().Name}"] }.ToResult(StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(EventId = 6402, Level = LogLevel.Error, Message = "Daily roll-up of {Day} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, DateOnly day, string error);
}
