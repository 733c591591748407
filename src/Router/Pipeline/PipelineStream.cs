using System.Runtime.CompilerServices;
using System.Text;
using Router.Accounting;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Caching;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>
/// A decided streaming request. Content chunks come first; the last chunk carries the finish reason and the
/// usage, and is yielded only after the call has been accounted and the budget settled.
/// </summary>
public sealed class PipelineStream : IAsyncDisposable
{
    private readonly PreparedRequest _prepared;
    private readonly IBudgetReservation? _reservation;
    private readonly DispatchStream? _opened;
    private readonly RequestPipeline _pipeline;

    internal PipelineStream(PreparedRequest prepared, IBudgetReservation? reservation, DispatchStream? opened, RequestPipeline pipeline)
    {
        _prepared = prepared;
        _reservation = reservation;
        _opened = opened;
        _pipeline = pipeline;
    }

    public string RequestId => _prepared.Request.RequestId;

    /// <summary>The decision as served: after a fallback it names the route, backend and model that answer.</summary>
    public RouteDecision Decision => _opened is null
        ? _prepared.Decision!
        : ServedDecision.Of(_prepared.Decision!, _opened.Route, _opened.Backend, _opened.Model, _opened.Fallback);

    /// <summary>Why the stream is served by the decision's fallback route; null when the chosen route serves it.</summary>
    public FallbackRecord? Fallback => _opened?.Fallback;

    /// <summary>The ledger row, once the stream has been read to the end.</summary>
    public LedgerEntry? Entry { get; private set; }

    public async IAsyncEnumerable<BackendChunk> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_prepared.CacheHit is { } hit)
        {
            yield return new BackendChunk
            {
                ContentDelta = hit.Content.Length == 0 ? null : hit.Content,
                ToolCallDeltas = hit.ToolCalls.Count == 0 ? null : ToolCallAccumulator.AsDeltas(hit.ToolCalls),
            };
            Entry = _pipeline.Entries.CacheHit(_prepared);
            await _pipeline.Ledger.RecordAsync(Entry, CancellationToken.None).ConfigureAwait(false);
            yield return new BackendChunk { FinishReason = hit.FinishReason, Usage = hit.Usage };
            yield break;
        }

        var content = new StringBuilder();
        var toolCalls = new ToolCallAccumulator();
        var last = new BackendChunk();
        var chunks = _opened!.Chunks.GetAsyncEnumerator(cancellationToken);
        await using var chunksLifetime = chunks.ConfigureAwait(false);
        while (true)
        {
            try
            {
                if (!await chunks.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (BackendException e) when (content.Length > 0)
            {
                // The backend died after content went out (a worker killed mid-stream): what it generated was paid
                // for. Counted from the usage it sent, else estimated with the tokenizer (the row says estimated).
                await AccountAsync(content.ToString(), toolCalls, last with { FinishReason = "error" }, $"error:{e.Failure}").ConfigureAwait(false);
                throw _pipeline.Failed(e);
            }
            catch (BackendException e)
            {
                throw await _pipeline.FailAsync(_prepared, e).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The caller left mid-stream: what was generated so far was still paid for.
                await AccountAsync(content.ToString(), toolCalls, last with { FinishReason = "cancelled" }, "error:cancelled").ConfigureAwait(false);
                throw;
            }

            var chunk = chunks.Current;
            last = MergeTail(last, chunk);
            var hasDeltas = chunk.ToolCallDeltas is { Count: > 0 };
            if (!string.IsNullOrEmpty(chunk.ContentDelta) || hasDeltas)
            {
                content.Append(chunk.ContentDelta);
                toolCalls.AddRange(chunk.ToolCallDeltas);
                yield return new BackendChunk { ContentDelta = string.IsNullOrEmpty(chunk.ContentDelta) ? null : chunk.ContentDelta, ToolCallDeltas = hasDeltas ? chunk.ToolCallDeltas : null };
            }
        }

        var usage = await AccountAsync(content.ToString(), toolCalls, last, "ok").ConfigureAwait(false);
        if (_prepared.CacheKey is { } key)
        {
            var cached = new CachedCompletion(content.ToString(), Decision.Model, last.FinishReason ?? "stop", usage, Entry!.CostUsd) { ToolCalls = toolCalls.ToList(), Route = Decision.Route, Backend = Decision.Backend };
            await _pipeline.Cache.SetAsync(key, cached, CancellationToken.None).ConfigureAwait(false);
        }

        yield return new BackendChunk { FinishReason = last.FinishReason ?? "stop", Usage = usage, GpuTime = last.GpuTime };
    }

    public async ValueTask DisposeAsync()
    {
        if (_reservation is not null)
        {
            await _reservation.DisposeAsync().ConfigureAwait(false);
        }

        if (_opened is not null)
        {
            await _opened.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static BackendChunk MergeTail(BackendChunk last, BackendChunk chunk) => last with
    {
        FinishReason = chunk.FinishReason ?? last.FinishReason,
        Usage = chunk.Usage ?? last.Usage,
        GpuTime = chunk.GpuTime ?? last.GpuTime,
        Model = chunk.Model ?? last.Model,
        Deployment = chunk.Deployment ?? last.Deployment,
    };

    private async Task<TokenUsage> AccountAsync(string content, ToolCallAccumulator toolCalls, BackendChunk tail, string status)
    {
        var calls = toolCalls.ToList();
        var usage = tail.Usage ?? _pipeline.Tokens.Estimate(_prepared.Request, content, calls);
        var completion = new BackendCompletion
        {
            Content = content,
            ToolCalls = calls,
            Model = tail.Model ?? Decision.Model,
            FinishReason = tail.FinishReason ?? "stop",
            Usage = usage,
            GpuTime = tail.GpuTime,
            Deployment = tail.Deployment,
        };
        var served = new DispatchResult(completion, Decision.Route, Decision.Backend, Decision.Model, _opened?.Fallback);
        Entry = _pipeline.Entries.Served(_prepared, served) with { Status = status };
        await _pipeline.Ledger.RecordAsync(Entry, CancellationToken.None).ConfigureAwait(false);
        if (_reservation is not null)
        {
            await _reservation.SettleAsync(Entry.CostUsd, CancellationToken.None).ConfigureAwait(false);
        }

        return usage;
    }
}
