using System.Text.Json;
using Router.Pipeline;

namespace Router.Functions.Http;

/// <summary>
/// The answering half of the HTTP endpoints that run the pipeline: refusals become OpenAI-style errors; an answer
/// gets its decision headers and goes out in one write with a Content-Length; then its ledger row and budget
/// settlement are handed to <see cref="PendingAccounting"/>, so callers do not wait for the ledger unless it has
/// fallen far behind. (The cache is already written by then: see <see cref="IRequestPipeline.AnswerAsync"/>.)
/// </summary>
internal sealed class AnswerSender(PendingAccounting pending)
{
    public async Task AnswerAsync<T>(HttpContext context, Func<Task<AnsweredRequest>> answer, Func<PipelineResult, T> toBody, JsonSerializerOptions json)
    {
        AnsweredRequest answered;
        try
        {
            answered = await answer();
        }
        catch (PipelineException e)
        {
            await PipelineErrors.ToResult(e, context.Response).ExecuteAsync(context);
            return;
        }

        try
        {
            DecisionHeaders.Write(context.Response, answered.Result.RequestId, answered.Result.Decision, answered.Result.Entry.FallbackFrom, answered.Result.Entry.FallbackReason);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(toBody(answered.Result), json);
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
