using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Redis;
using Router.Redis.Entra;
using StackExchange.Redis;

namespace Router.Tests.Redis.Entra;

/// <summary>A token fetch in flight ends when the re-authenticator is disposed or its caller cancels, quietly.</summary>
public sealed class RedisEntraReauthenticatorCancellationTests
{
    [Fact]
    public async Task Dispose_WhileTheCredentialHangs_FetchCancelledAndRefreshEndsWithoutError()
    {
        var credential = new HangingCredential();
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var reauth = New(multiplexer, credential);

        var refresh = reauth.RefreshAsync();
        await credential.Called.Task.WaitAsync(TimeSpan.FromSeconds(10));
        reauth.Dispose();

        await refresh.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(credential.SawCancellation);
    }

    [Fact]
    public async Task RefreshAsync_CallerCancels_FetchCancelledAndRefreshEndsWithoutError()
    {
        var credential = new HangingCredential();
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        using var reauth = New(multiplexer, credential);
        using var cancel = new CancellationTokenSource();

        var refresh = reauth.RefreshAsync(cancel.Token);
        await credential.Called.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        await refresh.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(credential.SawCancellation);
    }

    private static RedisEntraReauthenticator New(IConnectionMultiplexer multiplexer, TokenCredential credential)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var options = Options.Create(new RedisOptions { ConnectionString = TestEnvironment.Redis, UseEntraId = true, EntraObjectId = "user" });
        return new RedisEntraReauthenticator(multiplexer, ConfigurationOptions.Parse(TestEnvironment.Redis), new RedisEntraTokenSource(credential, options),
            new RedisEntraToken("user", "token", time.GetUtcNow().AddHours(1)), time, NullLogger.Instance);
    }

    /// <summary>Never answers; completes <see cref="Called"/> when asked and records whether the token was cancelled.</summary>
    private sealed class HangingCredential : TokenCredential
    {
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool SawCancellation { get; private set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Called.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }

            throw new InvalidOperationException("unreachable");
        }
    }
}
