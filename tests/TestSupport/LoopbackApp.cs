using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Router.TestSupport;

/// <summary>
/// The frame every in-process app harness shares: an app built with <see cref="Args"/> (Kestrel on 127.0.0.1 at a
/// free port, environment Testing), started, reached through clients at its address, stopped and disposed with
/// whatever it owns (its temporary folder). Harnesses add only their settings and fakes.
/// </summary>
public sealed class LoopbackApp : IAsyncDisposable
{
    private readonly IDisposable[] _owned;
    private readonly TimeSpan? _stopLimit;

    private LoopbackApp(WebApplication app, TimeSpan? stopLimit, IDisposable[] owned)
    {
        App = app;
        _stopLimit = stopLimit;
        _owned = owned;
        BaseAddress = new Uri(app.Urls.First());
    }

    /// <summary>Command-line arguments for an app on a free loopback port in the Testing environment.</summary>
    public static string[] Args => ["--urls", "http://127.0.0.1:0", "--environment", "Testing"];

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts <paramref name="app"/>; if it does not start, disposes it and <paramref name="owned"/> and rethrows.</summary>
    /// <param name="stopLimit">How long disposing waits for a graceful stop; null: the host's own shutdown timeout.</param>
    /// <param name="owned">Disposed after the app (its temporary folder).</param>
    public static async Task<LoopbackApp> StartAsync(WebApplication app, TimeSpan? stopLimit = null, params IDisposable[] owned)
    {
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            foreach (var item in owned)
            {
                item.Dispose();
            }

            throw;
        }

        return new LoopbackApp(app, stopLimit, owned);
    }

    /// <summary>Logs stay quiet unless ROUTER_TEST_LOGS=1 asks to see them.</summary>
    public static void QuietLogs(ILoggingBuilder logging)
    {
        if (Environment.GetEnvironmentVariable("ROUTER_TEST_LOGS") != "1")
        {
            logging.ClearProviders();
        }
    }

    /// <summary>A client for the app, with the key in <c>api-key</c> (or as a bearer token) when one is given.</summary>
    public HttpClient Client(string? apiKey = null, bool bearer = false, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (timeout is { } limit)
        {
            client.Timeout = limit;
        }

        if (apiKey is not null && bearer)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        else if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("api-key", apiKey);
        }

        return client;
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => App.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var limit = _stopLimit is { } l ? new CancellationTokenSource(l) : null;
            await App.StopAsync(limit?.Token ?? default);
        }
        finally
        {
            await App.DisposeAsync();
            foreach (var item in _owned)
            {
                item.Dispose();
            }
        }
    }
}
