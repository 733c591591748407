using System.Runtime.CompilerServices;
using Router.Accounting;
using Router.Backends;
using Router.Classification;
using Router.Pipeline;
using Router.Routing;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Answers "echo: {last message}" with 10 prompt / 5 completion tokens; streams it in three pieces.
/// Set <see cref="Failure"/> to make every call throw.</summary>
public sealed class FakeDispatch : IBackendDispatcher
{
    public BackendFailure? Failure { get; set; }
    public bool StreamUsage { get; set; } = true;

    /// <summary>The model the backend says served the call; null: the requested one.</summary>
    public string? ServedModel { get; set; }

    /// <summary>Streams two pieces, then fails as a worker killed mid-stream does.</summary>
    public bool DieMidStream { get; set; }
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);
    public BackendRequest? LastRequest { get; private set; }

    /// <summary>When set, the model calls these tools instead of echoing (streamed as id and name, then arguments in halves).</summary>
    public IReadOnlyList<Router.Requests.ToolCall>? ToolCalls { get; set; }

    /// <summary>Awaited before an answer or before a stream opens: lets a test hold calls in flight.</summary>
    public Func<Task>? BeforeAnswer { get; set; }

    /// <summary>When set, the chosen route fails with this and the decision's fallback answers, as the real dispatcher does.</summary>
    public BackendFailure? FailOverWith { get; set; }

    public static string Answer(BackendRequest request) => $"echo: {request.Messages[^1].Content}";

    private (Route Route, string Backend, string Model, FallbackRecord? Fallback) Serving(RouteDecision decision) =>
        FailOverWith is { } failure && decision.Fallback is { } to
            ? (to, to == Route.Closed ? BackendNames.AzureOpenAi : BackendNames.GpuWorker, to == Route.Closed ? FakePolicy.ClosedModel : FakePolicy.SmallModel,
                new FallbackRecord(decision.Route, to, failure, $"{decision.Backend}: {failure}: fake"))
            : (decision.Route, decision.Backend, decision.Model, null);

    public async Task<DispatchResult> DispatchAsync(RouteDecision decision, SensitivityVerdict verdict, BackendRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        LastRequest = request;
        ThrowIfFailing(decision);
        if (BeforeAnswer is { } wait)
        {
            await wait();
        }

        var (route, backend, model, fallback) = Serving(decision);
        var completion = ToolCalls is { } calls
            ? new BackendCompletion { Content = "", ToolCalls = calls, FinishReason = "tool_calls", Model = ServedModel ?? model, Usage = new TokenUsage(10, 5) }
            : new BackendCompletion { Content = Answer(request), Model = ServedModel ?? model, Usage = new TokenUsage(10, 5) };
        return new DispatchResult(completion, route, backend, model, fallback);
    }

    public async Task<DispatchStream> StreamAsync(RouteDecision decision, SensitivityVerdict verdict, BackendRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        LastRequest = request;
        ThrowIfFailing(decision);
        if (BeforeAnswer is { } wait)
        {
            await wait();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var chunks = Chunks(request).GetAsyncEnumerator(cancellationToken);
        var hasFirst = await chunks.MoveNextAsync();
        var (route, backend, model, fallback) = Serving(decision);
        return new DispatchStream(route, backend, model, fallback, chunks, hasFirst);
    }

    private async IAsyncEnumerable<BackendChunk> Chunks(BackendRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (ToolCalls is { } calls)
        {
            for (var i = 0; i < calls.Count; i++)
            {
                var half = calls[i].Arguments.Length / 2;
                yield return new BackendChunk { ToolCallDeltas = [new ToolCallDelta(i, calls[i].Id, calls[i].Name, "")] };
                await Task.Yield();
                yield return new BackendChunk { ToolCallDeltas = [new ToolCallDelta(i, ArgumentsFragment: calls[i].Arguments[..half])] };
                yield return new BackendChunk { ToolCallDeltas = [new ToolCallDelta(i, ArgumentsFragment: calls[i].Arguments[half..])] };
            }

            yield return new BackendChunk { FinishReason = "tool_calls", Usage = new TokenUsage(10, 5) };
            yield break;
        }

        var answer = Answer(request);
        var third = answer.Length / 3;
        var sent = 0;
        foreach (var piece in new[] { answer[..third], answer[third..(2 * third)], answer[(2 * third)..] })
        {
            await Task.Yield();
            if (DieMidStream && sent++ == 2)
            {
                throw new BackendException("gpu-worker", BackendFailure.Unavailable, "GPU worker stream broke off.");
            }

            yield return new BackendChunk { ContentDelta = piece };
        }

        yield return new BackendChunk { FinishReason = "stop", Usage = StreamUsage ? new TokenUsage(10, 5) : null, Model = ServedModel };
    }

    private void ThrowIfFailing(RouteDecision decision)
    {
        if (Failure is { } failure)
        {
            throw new BackendException(decision.Backend, failure, $"fake {failure}");
        }
    }
}
