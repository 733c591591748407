using System.ClientModel;
using OpenAI.Chat;

namespace Router.Backends.AzureOpenAi;

/// <summary>
/// An opened stream: the first update has arrived (inside the resilience pipeline, so failures before it are
/// retried and fail over), the rest is read here with errors mapped but never retried — text already sent
/// cannot be taken back.
/// </summary>
internal sealed class AzureUpdateStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<StreamingChatCompletionUpdate> _enumerator;
    private readonly CancellationTokenSource _cancellation;

    private AzureUpdateStream(IAsyncEnumerator<StreamingChatCompletionUpdate> enumerator, CancellationTokenSource cancellation, StreamingChatCompletionUpdate? first)
    {
        _enumerator = enumerator;
        _cancellation = cancellation;
        First = first;
    }

    public StreamingChatCompletionUpdate? First { get; }

    /// <summary>The stream lives on the caller's token; <paramref name="attemptToken"/> (the pipeline's
    /// timeout) also cancels it, but only while waiting for the first update.</summary>
    public static async ValueTask<AzureUpdateStream> OpenAsync(
        Func<CancellationToken, AsyncCollectionResult<StreamingChatCompletionUpdate>> start, CancellationToken callerToken, CancellationToken attemptToken)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        var enumerator = start(cancellation.Token).GetAsyncEnumerator(cancellation.Token);
        try
        {
            StreamingChatCompletionUpdate? first;
            using (attemptToken.Register(cancellation.Cancel))
            {
                first = await enumerator.MoveNextAsync().ConfigureAwait(false) ? enumerator.Current : null;
            }

            return new AzureUpdateStream(enumerator, cancellation, first);
        }
        catch
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            cancellation.Dispose();
            throw;
        }
    }

    public async ValueTask<StreamingChatCompletionUpdate?> NextAsync(string deployment)
    {
        try
        {
            return await _enumerator.MoveNextAsync().ConfigureAwait(false) ? _enumerator.Current : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw AzureErrorMapper.Map(e, deployment);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _enumerator.DisposeAsync().ConfigureAwait(false);
        _cancellation.Dispose();
    }
}
