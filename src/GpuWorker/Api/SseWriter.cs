using System.Text.Json;
using GpuWorker.Inference;

namespace GpuWorker.Api;

/// <summary>Streams a job as OpenAI chunks: role, content deltas, a final chunk with finish_reason and usage, [DONE].</summary>
internal static class SseWriter
{
    /// <returns>The result, or null when generation failed (the error was sent as an event).</returns>
    public static async Task<GenerationResult?> WriteAsync(HttpContext http, GenerationJob job, string id, long created, string model, CancellationToken cancellationToken = default)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        ChatCompletionChunk Chunk(Delta delta, string? finish = null, Usage? usage = null) =>
            new(id, "chat.completion.chunk", created, model, [new ChunkChoice(0, delta, finish)], usage);

        await WriteEventAsync(http, Chunk(new Delta("assistant", "")), cancellationToken);
        GenerationResult? result = null;
        try
        {
            await foreach (var e in job.Events.ReadAllAsync(cancellationToken))
            {
                var chunk = e switch
                {
                    GenerationEvent.Delta d => Chunk(new Delta(null, d.Text)),
                    GenerationEvent.Finished f => Chunk(new Delta(null, null), f.Result.FinishReason, ChatCompletionsEndpoint.UsageOf(f.Result)),
                    _ => null,
                };
                if (e is GenerationEvent.Finished finished) result = finished.Result;
                if (chunk is not null) await WriteEventAsync(http, chunk, cancellationToken);
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
