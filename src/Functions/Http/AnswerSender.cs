using System.Text.Json;
using Router.Pipeline;

namespace Router.Functions.Http;

/// <summary>
/// Sends an answer first and accounts for it second: the body goes out in one write with a Content-Length, the
/// response is completed, and the ledger row, budget settlement and cache write are handed to
/// <see cref="PendingAccounting"/>, so callers do not wait for the ledger unless it has fallen far behind.
/// </summary>
internal sealed class AnswerSender(PendingAccounting pending)
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
            // The caller left; the call was still made and paid for, so it is accounted all the same.
        }
        finally
        {
            await pending.Start(answered);
        }
    }
}
