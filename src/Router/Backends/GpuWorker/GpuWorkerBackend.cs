using System.Net;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Router.Accounting;
using Router.Accounting.Tokens;

namespace Router.Backends.GpuWorker;

/// <summary>The private open-weight model on our GPU worker (OpenAI-compatible HTTP, scales to zero).</summary>
internal sealed class GpuWorkerBackend(GpuWorkerGate gate, ITokenCounter estimator, ILogger<GpuWorkerBackend> logger) : IChatBackend
{
    public string Name => BackendNames.GpuWorker;

    public bool IsClosedVendor => false;

    public async Task<BackendCompletion> CompleteAsync(BackendRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await gate.SendAsync(WorkerTranslator.ToWire(request, stream: false), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var choice = body.Choices is [var first, ..] ? first : throw Malformed("no choices");
        var content = choice.Message?.Content ?? "";
        var toolCalls = WorkerTranslator.ToToolCalls(choice.Message?.ToolCalls);
        return new BackendCompletion
        {
            Content = content,
            ToolCalls = toolCalls,
            Model = body.Model ?? request.Model,
            FinishReason = choice.FinishReason ?? "stop",
            Usage = WorkerTranslator.ToUsage(body.Usage) ?? Estimate(request, content, toolCalls),
            GpuTime = WorkerTranslator.GpuTime(response.Headers, body.Usage),
        };
    }

    public async IAsyncEnumerable<BackendChunk> StreamAsync(BackendRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var response = await gate.SendAsync(WorkerTranslator.ToWire(request, stream: true), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        var toolCalls = new ToolCallAccumulator();
        var sawUsage = false;
        await foreach (var item in Events(stream, cancellationToken).ConfigureAwait(false))
        {
            // The worker reports a failure after the 200 as an error event, then [DONE]: not a short answer.
            if (item.Error is { } error)
            {
                throw new BackendException(BackendNames.GpuWorker, BackendFailure.Unavailable, $"GPU worker failed mid-stream ({error.Code}).");
            }

            var choice = item.Choices is [var first, ..] ? first : null;
            var chunk = new BackendChunk
            {
                ContentDelta = choice?.Delta?.Content is { Length: > 0 } delta ? delta : null,
                ToolCallDeltas = WorkerTranslator.ToDeltas(choice?.Delta?.ToolCalls),
                FinishReason = choice?.FinishReason,
                Usage = WorkerTranslator.ToUsage(item.Usage),
                GpuTime = item.Usage is null ? null : WorkerTranslator.GpuTime(response.Headers, item.Usage),
                Model = string.IsNullOrEmpty(item.Model) ? null : item.Model,
            };
            if (chunk is { ContentDelta: null, ToolCallDeltas: null, FinishReason: null, Usage: null, Model: null })
            {
                continue;
            }

            text.Append(chunk.ContentDelta);
            toolCalls.AddRange(chunk.ToolCallDeltas);
            sawUsage |= chunk.Usage is not null;
            yield return chunk;
        }

        if (!sawUsage)
        {
            yield return new BackendChunk { Usage = Estimate(request, text.ToString(), toolCalls.ToList()), GpuTime = WorkerTranslator.GpuTime(response.Headers, null) };
        }
    }

    private static async IAsyncEnumerable<WorkerChatResponse> Events(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = SseParser.Create(stream).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (events.ConfigureAwait(false))
        {
            while (await Next(events).ConfigureAwait(false))
            {
                if (events.Current.Data == "[DONE]")
                {
                    yield break;
                }

                yield return Parse(events.Current.Data);
            }
        }
    }

    private static async ValueTask<bool> Next(IAsyncEnumerator<SseItem<string>> events)
    {
        try
        {
            return await events.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new BackendException(BackendNames.GpuWorker, BackendFailure.Unavailable, "GPU worker stream broke off.", inner: e);
        }
    }

    private static WorkerChatResponse Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, WorkerJsonContext.Default.WorkerChatResponse) ?? throw Malformed("null body");
        }
        catch (JsonException e)
        {
            throw Malformed(e.GetType().Name, e);
        }
    }

    private static async Task<WorkerChatResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        // The worker's error text may echo the prompt, so only the status goes into the message.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var failure = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => BackendFailure.Throttled,
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => BackendFailure.Timeout,
            _ when status >= 500 => BackendFailure.Unavailable,
            _ => BackendFailure.BadRequest,
        };
        throw new BackendException(BackendNames.GpuWorker, failure, $"GPU worker answered HTTP {status}.", response.Headers.RetryAfter?.Delta);
    }

    private static BackendException Malformed(string detail, Exception? inner = null) =>
        new(BackendNames.GpuWorker, BackendFailure.Unavailable, $"GPU worker sent a malformed response ({detail}).", inner: inner);

    private TokenUsage Estimate(BackendRequest request, string completion, IReadOnlyList<Requests.ToolCall> toolCalls)
    {
        BackendsLog.UsageEstimated(logger, Name);
        return estimator.Estimate(request.Messages, request.ToolsAndFormat, completion, toolCalls);
    }
}
