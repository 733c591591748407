using Azure.Core;

namespace Router.Tests.Redis.Entra;

/// <summary>Hands out the queued tokens in order (the last one repeats), each valid for one hour of the given clock.</summary>
internal sealed class FakeEntraCredential(TimeProvider time, params string[] tokens) : TokenCredential
{
    private readonly Queue<string> _tokens = new(tokens);
    private string _last = tokens[^1];
    private int _calls;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public Exception? Failure { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public List<string> Scopes { get; } = [];

    public void Enqueue(string token) { lock (_tokens) { _tokens.Enqueue(token); } }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (_tokens)
        {
            Scopes.AddRange(requestContext.Scopes);
            if (Failure is not null)
            {
                throw Failure;
            }

            _last = _tokens.TryDequeue(out var next) ? next : _last;
            return ValueTask.FromResult(new AccessToken(_last, time.GetUtcNow() + Lifetime));
        }
    }
}
