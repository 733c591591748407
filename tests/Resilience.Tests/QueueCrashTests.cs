using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Router.Resilience.Tests.Support;
using Router.Tests.Fakes;
using Xunit.Abstractions;

namespace Router.Resilience.Tests;

/// <summary>The function app killed with SIGKILL while it consumes the local batch queue: after a restart every
/// message is processed exactly once in the ledger, none lost, none poisoned.</summary>
public sealed class QueueCrashTests(ITestOutputHelper output)
{
    private const int Messages = 100;
    private const string Tenant = "batch";
    private const string Key = "batch-key-resilience";

    [Fact]
    public async Task Consume_AppKilledMidQueue_EveryMessageOnceInLedgerAfterRestart()
    {
        using var azurite = await PrivateAzurite.StartAsync();
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        worker.GivenChat(r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody(OpenAiWire.Completion("done", "qwen2.5-7b-instruct", 12, 5)).WithDelay(TimeSpan.FromMilliseconds(50)));
        using var data = new TempFolder("resilience-queue-app");
        var run = "q" + Guid.NewGuid().ToString("N")[..8];
        var queue = new QueueClient(azurite.ConnectionString, run, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var poison = new QueueClient(azurite.ConnectionString, run + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateAsync();
        for (var i = 0; i < Messages; i++)
        {
            // The scripts/batch-producer message shape.
            var message = new JsonObject
            {
                ["id"] = $"msg-{i:000}",
                ["tenant"] = Tenant,
                ["model"] = "auto",
                ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = $"Say hello to number {i}." }),
                ["parameters"] = new JsonObject { ["maxTokens"] = 16 },
            };
            await queue.SendMessageAsync(message.ToJsonString());
        }

        var port = FreePort.Next();
        var environment = Environment(azurite.ConnectionString, run, worker.BaseUrl, data.Path);
        var ledger = new TableClient(azurite.ConnectionString, run + "RouterLedger");

        int rowsAtKill;
        using (var first = StartApp(port, environment, data.Path))
        {
            await Ports.WaitListeningAsync(port, TimeSpan.FromSeconds(120), () => first.Output, first);
            rowsAtKill = (await Wait.ForAsync(() => LedgerIdsAsync(ledger), ids => ids.Count >= 30, "30 messages processed", TimeSpan.FromSeconds(60))).Count;
            first.Kill();
        }

        Assert.True(rowsAtKill < Messages, $"the kill came after all {Messages} messages were processed");
        using var second = StartApp(port, environment, data.Path);
        await Ports.WaitListeningAsync(port, TimeSpan.FromSeconds(120), () => second.Output, second);
        // Messages the killed app had received stay invisible for the visibility timeout (5 s), then return.
        var final = await Wait.ForAsync(() => LedgerIdsAsync(ledger), ids => ids.Count >= Messages, $"all {Messages} ledger rows ({second.Output})", TimeSpan.FromSeconds(90));
        await Wait.ForAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount, n => n == 0, "the queue to drain", TimeSpan.FromSeconds(30));

        Assert.Equal(Enumerable.Range(0, Messages).Select(i => $"msg-{i:000}"), final.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(final, r => Assert.Equal("ok", r.Status));
        Assert.Empty((await poison.PeekMessagesAsync(32)).Value);
        // Worker calls beyond 100 are the messages in flight at the kill, run again; the ledger still has one row each.
        output.WriteLine($"ledger rows at kill: {rowsAtKill}; worker calls: {worker.ChatRequests}; rows after restart: {final.Count}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Add("api-key", Key);
        using var result = await client.GetAsync("/api/batch/msg-000");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
    }

    private static ServiceProcess StartApp(int port, Dictionary<string, string> environment, string workingDirectory) =>
        ServiceProcess.Start("dotnet", [RepoPaths.FunctionsDll(), "--urls", $"http://127.0.0.1:{port}"], workingDirectory, environment);

    private static Dictionary<string, string> Environment(string storage, string run, string workerUrl, string data) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["Logging__LogLevel__Default"] = "Warning",
        [$"Auth__ApiKeys__{Key}"] = Tenant,
        [$"Router__Tenants__{Tenant}__DisplayName"] = "Batch",
        [$"Router__Tenants__{Tenant}__AllowedRoutes__0"] = "PrivateSmall",
        ["Backends__GpuWorker__BaseUrl"] = workerUrl,
        ["Queue__ConnectionString"] = storage,
        ["Queue__Name"] = run,
        ["Queue__PollInterval"] = "00:00:00.100",
        ["Queue__VisibilityTimeout"] = "00:00:05",
        ["Queue__RetryDelay"] = "00:00:01",
        ["Ledger__Tables__ConnectionString"] = storage,
        ["Ledger__Tables__TablePrefix"] = run,
        ["Ledger__SpoolDirectory"] = Path.Combine(data, "spool"),
        ["Ledger__SpoolFlushInterval"] = "00:00:01",
        ["Batch__ResultsTable"] = run + "results",
    };

    private sealed class Rows(IEnumerable<(string Id, string Status)> rows) : List<(string Id, string Status)>(rows)
    {
        /// <summary>Says which messages have no row, so a failure shows what was lost.</summary>
        public override string ToString()
        {
            var missing = Enumerable.Range(0, Messages).Select(i => $"msg-{i:000}").Except(this.Select(r => r.Id)).ToList();
            return $"{Count} rows" + (missing.Count is > 0 and <= 10 ? $", none for {string.Join(", ", missing)}" : "");
        }
    }

    private static async Task<Rows> LedgerIdsAsync(TableClient table)
    {
        var rows = new List<(string, string)>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(select: ["RequestId", "Status"]))
            {
                rows.Add((entity.GetString("RequestId"), entity.GetString("Status")));
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // Created with the first row.
        }

        return new Rows(rows);
    }
}
