using System.Text.Json;
using Azure.Storage.Queues;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Batch;

/// <summary>Against the real Azurite queue service (ROUTER_TEST_STORAGE), with a unique queue per test.</summary>
public sealed class StorageQueueConsumerTests
{
    private static string Storage => Environment.GetEnvironmentVariable("ROUTER_TEST_STORAGE") is { Length: > 0 } s
        ? s
        : throw new InvalidOperationException("ROUTER_TEST_STORAGE is not set: run eval \"$(scripts/services.sh env)\" (scripts/test.sh does).");

    private static async Task<(TestApp App, QueueClient Queue, QueueClient Poison)> StartAsync(int maxDequeue = 5)
    {
        var name = $"rb-{Guid.NewGuid():N}"[..30];
        var app = await TestApp.StartAsync(s =>
        {
            s["Queue:ConnectionString"] = Storage;
            s["Queue:Name"] = name;
            s["Queue:MaxDequeueCount"] = maxDequeue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s["Queue:PollInterval"] = "00:00:00.100";
            s["Queue:RetryDelay"] = "00:00:00";
        }, systemClock: true);
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        return (app, new QueueClient(Storage, name, options), new QueueClient(Storage, $"{name}-poison", options));
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var i = 0; i < 150; i++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("condition not met within 15 s");
    }

    private static async Task<JsonElement> PoisonRecordAsync(QueueClient poison) =>
        JsonDocument.Parse(await EventuallyAsync(() => PoisonedAsync(poison))).RootElement.Clone();

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

        var body = await EventuallyAsync(async () =>
        {
            var r = await app.Client().GetAsync("/api/batch/q-1");
            return r.IsSuccessStatusCode && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 ? await r.Content.ReadAsStringAsync() : null;
        });
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

        await queue.SendMessageAsync("{\"id\":\"q-2\",\"messages\":[]}");

        var record = await PoisonRecordAsync(poison);
        Assert.Contains("invalid message", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"q-2\",\"messages\":[]}", record.GetProperty("body").GetString());
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
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Consume_Base64EncodedMessage_IsAccepted()
    {
        var (app, queue, _) = await StartAsync();
        await using var __ = app;
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(Invocation.Message("q-4"))));

        await EventuallyAsync(async () => app.Fakes.Ledger.Rows.ContainsKey(("acme", "q-4")) ? "ok" : null);
    }
}
