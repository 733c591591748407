using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Router.Functions;
using Router.Functions.Hosting;
using Router.Routing;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Support;

/// <summary>The real function app on a free loopback port, with fakes for the pipeline's collaborators.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    public const string AcmeKey = "acme-key-0123";
    public const string GlobexKey = "globex-key-4567";
    public const string ManagerKey = "manager-key-89ab";
    public const string LockedKey = "locked-key-cdef";

    private readonly LoopbackApp _app;

    private TestApp(LoopbackApp app, PipelineFakes fakes, FakeTimeProvider clock)
    {
        _app = app;
        Fakes = fakes;
        Clock = clock;
    }

    public PipelineFakes Fakes { get; }
    public FakeTimeProvider Clock { get; }
    public Uri BaseAddress => _app.BaseAddress;
    public IServiceProvider Services => _app.Services;

    /// <param name="systemClock">Real time, for tests of loops that wait (the queue consumer's polling).</param>
    /// <param name="services">Runs after the fakes are registered, to put a real collaborator back.</param>
    public static async Task<TestApp> StartAsync(Action<Dictionary<string, string?>>? configure = null, bool systemClock = false, Action<IServiceCollection>? services = null)
    {
        var fakes = new PipelineFakes();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>
        {
            ["Router:PremiumModel"] = FakePolicy.ClosedModel,
            ["Router:Routes:PrivateSmall:Backend"] = "gpu-worker",
            ["Router:Routes:PrivateSmall:Model"] = FakePolicy.SmallModel,
            ["Router:Routes:Closed:Backend"] = "azure-openai",
            ["Router:Routes:Closed:Model"] = FakePolicy.ClosedModel,
            ["Router:Prices:" + FakePolicy.ClosedModel + ":InputPerMillionUsd"] = "2.50",
            ["Router:Prices:" + FakePolicy.ClosedModel + ":Source"] = "test",
            ["Router:Prices:" + FakePolicy.ClosedModel + ":AsOf"] = "2026-11-23",
            ["Router:Prices:" + FakePolicy.ClosedModel + ":OutputPerMillionUsd"] = "10",
            ["Router:Prices:" + FakePolicy.SmallModel + ":InputPerMillionUsd"] = "0.10",
            ["Router:Prices:" + FakePolicy.SmallModel + ":Source"] = "test",
            ["Router:Prices:" + FakePolicy.SmallModel + ":AsOf"] = "2026-11-23",
            ["Router:Prices:" + FakePolicy.SmallModel + ":OutputPerMillionUsd"] = "0.20",
            ["Router:Tenants:acme:DisplayName"] = "Acme",
            ["Router:Tenants:globex:DisplayName"] = "Globex",
            ["Router:Tenants:locked:DisplayName"] = "Locked",
            [$"Auth:ApiKeys:{AcmeKey}"] = "acme",
            [$"Auth:ApiKeys:{GlobexKey}"] = "globex",
            [$"Auth:ApiKeys:{ManagerKey}"] = "*",
            [$"Auth:ApiKeys:{LockedKey}"] = "locked",
            ["Http:MaxBodyBytes"] = "4096",
            // As under the Functions host, so the trigger routes (/BatchQueue, /DailyRollup) accept loopback calls.
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7071",
        };
        configure?.Invoke(settings);
        var app = FunctionsApp.Build(LoopbackApp.Args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            LoopbackApp.QuietLogs(builder.Logging);

            fakes.Register(builder.Services);
            // The configuration binder appends to TenantOptions.AllowedRoutes' initial list instead of replacing it.
            builder.Services.PostConfigure<RouterOptions>(o => o.Tenants["globex"].AllowedRoutes = [Route.PrivateSmall]);
            builder.Services.AddSingleton(systemClock ? TimeProvider.System : clock);
            builder.Services.AddSingleton<IRequestIdGenerator>(new SequentialIds());
            services?.Invoke(builder.Services);
        }, settings); // also layered early, for settings that choose what is registered (telemetry exporters)
        return new TestApp(await LoopbackApp.StartAsync(app), fakes, clock);
    }

    public HttpClient Client(string? apiKey = AcmeKey, bool bearer = false) => _app.Client(apiKey, bearer);

    public Task StopAsync() => _app.StopAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed class SequentialIds : IRequestIdGenerator
    {
        private int _next;

        public string Next() => $"chatcmpl-test{Interlocked.Increment(ref _next)}";
    }
}
