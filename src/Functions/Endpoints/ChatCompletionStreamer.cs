using Router.Functions.Http;
using Router.Functions.OpenAi;
using Router.Pipeline;
using Router.Requests;

namespace Router.Functions.Endpoints;

/// <summary>
/// stream: true. Decision headers go out before the first frame; a role frame opens, content and tool-call frames
/// (OpenAI's delta.tool_calls pieces, reassembled by index in the SDKs) follow, then a
/// frame with the finish reason, then (as OpenAI's stream_options.include_usage) a frame with no choices and the
/// usage, then [DONE]. A failure before the first frame is a normal error response; after it, an error frame.
/// </summary>
internal sealed class ChatCompletionStreamer(IRequestPipeline pipeline, TimeProvider time)
{
    public async Task StreamAsync(HttpContext context, ChatRequest request)
    {
        var cancellationToken = context.RequestAborted;
        PipelineStream stream;
        try
        {
            stream = await pipeline.StreamAsync(request, ChatCompletionsFunction.Source, cancellationToken);
        }
        catch (PipelineException e)
        {
            await PipelineErrors.ToResult(e, context.Response).ExecuteAsync(context);
            return;
        }

        await using (stream)
        {
            var response = context.Response;
            DecisionHeaders.Write(response, request.RequestId, stream.Decision, stream.Fallback?.From.ToWireName(), stream.Fallback?.Reason);
            SseWriter.Start(response);
            var created = time.GetUtcNow().ToUnixTimeSeconds();
            var model = stream.Decision.Model;
            ChunkWire Frame(DeltaWire delta, string? finish) => new(request.RequestId, created, model, [new ChunkChoiceWire(0, delta, finish)], null);

            await SseWriter.WriteAsync(response, Frame(new DeltaWire { Role = "assistant", Content = "" }, null), cancellationToken);
            try
            {
                await foreach (var chunk in stream.ReadAllAsync(cancellationToken))
                {
                    if (chunk.Usage is { } usage)
                    {
                        await SseWriter.WriteAsync(response, Frame(new DeltaWire(), chunk.FinishReason ?? "stop"), cancellationToken);
                        await SseWriter.WriteAsync(response, new ChunkWire(request.RequestId, created, model, [], ChatCompletionWire.Usage(usage)), cancellationToken);
                    }
                    else if (chunk.ContentDelta is not null || chunk.ToolCallDeltas is not null)
                    {
                        var delta = new DeltaWire
                        {
                            Content = chunk.ContentDelta,
                            ToolCalls = chunk.ToolCallDeltas is { } calls ? ToolCallDeltaWire.From(calls) : null,
                        };
                        await SseWriter.WriteAsync(response, Frame(delta, null), cancellationToken);
                    }
                }
            }
            catch (PipelineException e)
            {
                await SseWriter.WriteErrorAsync(response, e.Message, "server_error", cancellationToken);
            }

            await SseWriter.WriteDoneAsync(response, cancellationToken);
        }
    }
}
