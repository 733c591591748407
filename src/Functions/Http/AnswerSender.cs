using System.Text.Json;
using Router.Pipeline;

namespace Router.Functions.Http;

/// <summary>
/// Sends an answer first and accounts for it second, so callers never wait for the ledger. The body goes out in one
/// write with a Content-Length and the response is completed before the ledger row is written; the handler still
/// waits for the row, so a request is finished (and its connection's next request read) only once it is accounted.
/// </summary>
internal sealed partial class AnswerSender(ILogger<AnswerSender> logger)
{
    public async Task SendThenAccountAsync<T>(HttpContext context, AnsweredRequest answered, T body, JsonSerializerOptions json)
    {
        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, json);
            var response = context.Response;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted);
            await response.CompleteAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The caller left; the call was still made and paid for, so it is accounted below all the same.
        }
        finally
        {
            await AccountAsync(answered);
        }
    }

    private async Task AccountAsync(AnsweredRequest answered)
    {
        try
        {
            await answered.AccountAsync();
        }
        catch (Exception e)
        {
            // The answer is already out: nothing can be refused any more, so the failure is reported, not thrown.
            LogAccountingFailed(logger, answered.Result.RequestId, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId} was answered but could not be accounted ({ErrorType})")]
    private static partial void LogAccountingFailed(ILogger logger, string requestId, string errorType);
}
