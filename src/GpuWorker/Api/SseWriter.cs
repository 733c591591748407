using System.Text.Json;
using GpuWorker.Inference;
using GpuWorker.Structured;

namespace GpuWorker.Api;

/// <summary>Streams a job as OpenAI chunks: role, content deltas, a final chunk with finish_reason and usage, [DONE].
/// With tools offered, text goes through a <see cref="ToolCallStreamParser"/> and each call becomes one
/// <c>delta.tool_calls</c> piece (index, id, type, name and the whole arguments), finish_reason "tool_calls".</summary>
internal static class SseWriter
{
    /// <returns>The result, or null when generation failed (the error was sent as an event).</returns>
    public static async Task<GenerationResult?> WriteAsync(
        HttpContext http, GenerationJob job, string id, long created, string model, ToolCallStreamParser? tools = null, CancellationToken cancellationToken = default)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        ChatCompletionChunk Chunk(Delta delta, string? finish = null, Usage? usage = null) =>
            new(id, "chat.completion.chunk", created, model, [new ChunkChoice(0, delta, finish)], usage);

        await WriteEventAsync(http, Chunk(new Delta("assistant", "")), cancellationToken);
        GenerationResult? result = null;
        var calls = 0;
        async Task WriteAnswerAsync(IReadOnlyList<AnswerEvent> events)
        {
            foreach (var a in events)
            {
                var delta = a.Call is { } call
                    ? new Delta(null, null) { ToolCalls = [new ToolCallOut(StructuredAnswer.NewCallId(), new FunctionCallOut(call.Name, call.Arguments)) { Index = calls++ }] }
                    : new Delta(null, a.Text);
                await WriteEventAsync(http, Chunk(delta), cancellationToken);
            }
        }

        try
        {
            await foreach (var e in job.Events.ReadAllAsync(cancellationToken))
            {
                if (e is GenerationEvent.Delta d)
                {
                    if (tools is null)
                    {
                        await WriteEventAsync(http, Chunk(new Delta(null, d.Text)), cancellationToken);
                    }
                    else
                    {
                        await WriteAnswerAsync(tools.Push(d.Text));
                    }
                }
                else if (e is GenerationEvent.Finished f)
                {
                    result = f.Result;
                    if (tools is not null)
                    {
                        await WriteAnswerAsync(tools.Finish());
                    }

                    var finish = calls > 0 ? StructuredAnswer.ToolCallsFinish(f.Result.FinishReason) : f.Result.FinishReason;
                    await WriteEventAsync(http, Chunk(new Delta(null, null), finish, ChatCompletionsEndpoint.UsageOf(f.Result)), cancellationToken);
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            await WriteEventAsync(http, new ErrorEnvelope(new ErrorBody(ex.Message, "server_error", null, "generation_failed")), cancellationToken);
        }

        await http.Response.WriteAsync("data: [DONE]\n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
        return result;
    }

    private static async Task WriteEventAsync<T>(HttpContext http, T payload, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync("data: " + JsonSerializer.Serialize(payload, WireFormat.Json) + "\n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
