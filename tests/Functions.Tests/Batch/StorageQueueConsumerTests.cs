using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Router.Functions.Batch;
using Router.Functions.Tests.Support;
using Router.Pipeline.Batch;

namespace Router.Functions.Tests.Batch;

/// <summary>Against the real Azurite queue service (ROUTER_TEST_STORAGE), with a unique queue (and poison queue)
/// per test, both deleted after it so runs leave nothing in the store scripts/run.sh serves.</summary>
public sealed class StorageQueueConsumerTests : IAsyncLifetime
{
    private readonly List<QueueClient> _created = [];

    private static string Storage => TestEnvironment.Storage;

    private async Task<(TestApp App, QueueClient Queue, QueueClient Poison)> StartAsync(
        int maxDequeue = 5, int maxConcurrentCalls = 16, IBatchResultStore? results = null, string? appStorage = null,
        Action<IServiceCollection>? services = null, string visibility = "00:00:30")
    {
        var name = $"rb-{Guid.NewGuid():N}"[..30];
        var app = await TestApp.StartAsync(s =>
        {
            s["Queue:ConnectionString"] = appStorage ?? Storage;
            s["Queue:Name"] = name;
            s["Queue:MaxDequeueCount"] = maxDequeue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s["Queue:PollInterval"] = "00:00:00.100";
            s["Queue:RetryDelay"] = "00:00:00";
            s["Queue:VisibilityTimeout"] = visibility;
            s["Queue:MaxConcurrentCalls"] = maxConcurrentCalls.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, systemClock: true, services: s =>
        {
            if (results is not null)
            {
                s.AddSingleton(results);
            }

            services?.Invoke(s);
        });
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var queues = (Queue: new QueueClient(Storage, name, options), Poison: new QueueClient(Storage, $"{name}-poison", options));
        _created.AddRange([queues.Queue, queues.Poison]);
        return (app, queues.Queue, queues.Poison);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Runs after the test body, so the app (disposed there) no longer polls or recreates them.</summary>
    public async Task DisposeAsync()
    {
        foreach (var queue in _created)
        {
            await queue.DeleteIfExistsAsync();
        }
    }

    private static async Task<JsonElement> PoisonRecordAsync(QueueClient poison) =>
        JsonDocument.Parse((await Wait.ForAsync(() => PoisonedAsync(poison), m => m is not null, "a message in the poison queue"))!).RootElement.Clone();

    private static async Task<string?> PoisonedAsync(QueueClient poison)
    {
        if (!await poison.ExistsAsync())
        {
            return null;
        }

        var peeked = (await poison.PeekMessagesAsync(1)).Value;
        return peeked.Length == 0 ? null : peeked[0].Body.ToString();
    }

    [Fact]
    public async Task Consume_ValidMessage_ProcessesOnceStoresResultAndDeletes()
    {
        var (app, queue, poison) = await StartAsync();
        await using var _ = app;
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message("q-1")));
        await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message("q-1")));

        var body = (await Wait.ForAsync<string?>(async () =>
        {
            var r = await app.Client().GetAsync("/api/batch/q-1");
            return r.IsSuccessStatusCode && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 ? await r.Content.ReadAsStringAsync() : null;
        }, b => b is not null, "the q-1 result stored and the queue empty"))!;
        Assert.Contains("echo: hello batch", body, StringComparison.Ordinal);
        Assert.Single(app.Fakes.Ledger.Rows);
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        Assert.Null(await PoisonedAsync(poison));
    }

    [Fact]
    public async Task Consume_InvalidMessage_GoesToPoisonQueueWithReason()
    {
        var (app, queue, poison) = await StartAsync();
        await using var _ = app;
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync("{\"id\":\"q-2\",\"tenant\":\"acme\",\"messages\":[]}");

        var record = await PoisonRecordAsync(poison);
        Assert.Contains("invalid message", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"q-2\",\"tenant\":\"acme\",\"messages\":[]}", record.GetProperty("body").GetString());
        Assert.Empty(app.Fakes.Ledger.Rows);
        var stored = await Json.ReadAsync(await app.Client().GetAsync("/api/batch/q-2"));
        Assert.Equal("invalid", stored.GetProperty("status").GetString());
        Assert.Contains("at least one message", stored.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consume_WorkLongerThanTheVisibility_StaysHiddenAndIsSettledWithTheRenewedReceipt()
    {
        var (app, queue, poison) = await StartAsync(visibility: "00:00:06");
        await using var _ = app;
        using var release = new SemaphoreSlim(0);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Fakes.Dispatch.BeforeAnswer = async () =>
        {
            started.TrySetResult();
            await release.WaitAsync();
        };
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message("q-long")));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Past two visibility periods: without renewal the message would be visible (and delivered) again by now.
        await Task.Delay(TimeSpan.FromSeconds(14));
        var visibleWhileWorked = (await queue.PeekMessagesAsync(1)).Value.Length;
        release.Release();

        var body = (await Wait.ForAsync<string?>(async () =>
        {
            var r = await app.Client().GetAsync("/api/batch/q-long");
            return r.IsSuccessStatusCode && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 ? await r.Content.ReadAsStringAsync() : null;
        }, b => b is not null, "the q-long result stored and the queue empty"))!;
        Assert.Equal(0, visibleWhileWorked);
        Assert.Contains("completed", body, StringComparison.Ordinal);
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        Assert.Null(await PoisonedAsync(poison));
    }

    [Fact]
    public async Task Consume_UnpairedSurrogate_PoisonedAtOnceAsInvalidEncoding()
    {
        var (app, queue, poison) = await StartAsync();
        await using var _ = app;
        await queue.CreateIfNotExistsAsync();
        const string Body = "{\"id\":\"q-8\",\"tenant\":\"acme\",\"messages\":[{\"role\":\"user\",\"content\":\"hi \\ud800\"}]}";

        await queue.SendMessageAsync(Body);

        var record = await PoisonRecordAsync(poison);
        Assert.Equal(1, record.GetProperty("dequeueCount").GetInt64()); // was: retried until "dequeued 6 times"
        Assert.Contains("invalid_encoding", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("messages[0].content", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Consume_KeepsFailingTransiently_PoisonedAfterMaxDequeueCount()
    {
        var (app, queue, poison) = await StartAsync(maxDequeue: 2);
        await using var _ = app;
        app.Fakes.Dispatch.Failure = Router.Backends.BackendFailure.Unavailable;
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message("q-3")));

        var record = await PoisonRecordAsync(poison);
        Assert.Equal(2, record.GetProperty("dequeueCount").GetInt64());
        Assert.Contains("failed 2 times", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, app.Fakes.Dispatch.Calls);
        var stored = await Json.ReadAsync(await app.Client().GetAsync("/api/batch/q-3"));
        Assert.Equal("dead-lettered", stored.GetProperty("status").GetString());
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Consume_Base64EncodedMessage_IsAccepted()
    {
        var (app, queue, _) = await StartAsync();
        await using var __ = app;
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(Invocation.Message("q-4"))));

        await Wait.UntilAsync(() => app.Fakes.Ledger.Rows.ContainsKey(("acme", "q-4")), "the q-4 ledger row");
    }

    [Fact]
    public async Task Consume_ResultStoreFailsTwice_MessageTriedAgainAndDoneWhileTheAppKeepsServing()
    {
        // A storage hiccup outside the pipeline once ended the consumer's loop, which stopped the whole app.
        var results = new ObservedResultStore { FailuresLeft = 2 };
        var (app, queue, _) = await StartAsync(results: results);
        await using var __ = app;
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message("q-5")));

        await Wait.UntilAsync(async () => (await app.Client().GetAsync("/api/batch/q-5")).IsSuccessStatusCode, "the q-5 result");
        Assert.Equal(0, results.FailuresLeft);
        Assert.Single(app.Fakes.Ledger.Rows);
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        await Wait.UntilAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the queue to empty");
    }

    [Fact]
    public async Task Consume_QueueServiceDownAtStartThenUp_SaysSoOnceServesMeanwhileThenConsumes()
    {
        // Once, the consumer's first call failing (after the SDK's ~27 s of retries) ended its loop and stopped the
        // whole app with it. Now it fails fast, says so once, and keeps trying.
        var queuePort = TestEnvironment.StoragePort("QueueEndpoint");
        await using var proxy = new Router.Tests.Caching.LoopbackProxy(queuePort);
        var viaProxy = string.Join(';', Storage.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.StartsWith("QueueEndpoint=", StringComparison.Ordinal) ? $"QueueEndpoint=http://127.0.0.1:{proxy.Port}/devstoreaccount1" : p));
        var log = new FakeLogger<StorageQueueConsumer>();
        var (app, queue, _) = await StartAsync(appStorage: viaProxy, services: s => s.AddSingleton<ILogger<StorageQueueConsumer>>(log));
        await using var __ = app;
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message("q-6")));

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Client().GetAsync("/api/batch/q-6")).StatusCode);
        var warning = Assert.Single(log.Collector.GetSnapshot(), e => e.Level >= LogLevel.Warning);
        Assert.Contains("cannot be reached", warning.Message, StringComparison.Ordinal);
        proxy.Start();

        await Wait.UntilAsync(async () => (await app.Client().GetAsync("/api/batch/q-6")).IsSuccessStatusCode, "the q-6 result");
        Assert.Single(app.Fakes.Ledger.Rows);
        Assert.Contains(log.Collector.GetSnapshot(), e => e.Message.Contains("reachable again", StringComparison.Ordinal));
        Assert.Single(log.Collector.GetSnapshot(), e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Consume_ManyMessages_ProcessedConcurrentlyButNeverBeyondTheLimit()
    {
        // Store calls wait for the peak of 4 (up to a minute), so a slow machine still shows the limit being used; once
        // it was reached, calls take 500 ms, and more than 4 at once would still be seen.
        var results = new ObservedResultStore { Delay = TimeSpan.FromMilliseconds(500), PeakToAwait = 4 };
        var (app, queue, _) = await StartAsync(maxConcurrentCalls: 4, results: results);
        await using var __ = app;
        await queue.CreateIfNotExistsAsync();

        for (var i = 0; i < 12; i++)
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(Invocation.Message($"c-{i}")));
        }

        await Wait.UntilAsync(() => app.Fakes.Ledger.Rows.Count == 12, "all 12 ledger rows");
        Assert.Equal(4, results.MostAtOnce);
    }

    /// <summary>In memory; can fail its first calls as an unavailable table does, and counts calls in flight.</summary>
    private sealed class ObservedResultStore : IBatchResultStore
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), BatchResult> _results = new();
        private int _failuresLeft;
        private int _inFlight;
        private int _mostAtOnce;

        public int FailuresLeft { get => Volatile.Read(ref _failuresLeft); init => _failuresLeft = value; }

        public TimeSpan Delay { get; init; }

        /// <summary>Calls wait until this many have been in flight at once (or a minute has passed).</summary>
        public int PeakToAwait { get; init; }

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public string Description => "test";

        public async ValueTask<BatchResult?> GetAsync(string tenantId, string requestId, CancellationToken cancellationToken = default) =>
            await ObservedAsync(() => _results.GetValueOrDefault((tenantId, requestId)), cancellationToken);

        // The first store call of every message: the id's claim.
        public async ValueTask<bool> TryAddAsync(BatchResult result, CancellationToken cancellationToken = default) =>
            await ObservedAsync(() => _results.TryAdd((result.TenantId, result.RequestId), result), cancellationToken);

        public ValueTask RemoveRunningAsync(string tenantId, string requestId, CancellationToken cancellationToken = default)
        {
            if (_results.TryGetValue((tenantId, requestId), out var stored) && stored.Status == BatchResult.Running)
            {
                _results.TryRemove((tenantId, requestId), out _);
            }

            return ValueTask.CompletedTask;
        }

        private async ValueTask<T> ObservedAsync<T>(Func<T> read, CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _failuresLeft) > 0 && Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new Azure.RequestFailedException(503, "table unavailable");
            }

            var now = Interlocked.Increment(ref _inFlight);
            int most;
            while (now > (most = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, most) != most)
            {
            }

            try
            {
                var waitUntil = DateTime.UtcNow.AddMinutes(1);
                while (MostAtOnce < PeakToAwait && DateTime.UtcNow < waitUntil)
                {
                    await Task.Delay(20, cancellationToken);
                }

                await Task.Delay(Delay, cancellationToken);
                return read();
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        public ValueTask SaveAsync(BatchResult result, CancellationToken cancellationToken = default)
        {
            _results[(result.TenantId, result.RequestId)] = result;
            return ValueTask.CompletedTask;
        }
    }
}
