using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting;
using Router.Functions.Tests.Support;
using Router.Pipeline.Batch;
using Router.Pipeline.Batch.Deferred;
using Router.Tests.Fakes;
using Router.Tests.Pipeline.Fakes;
using Xunit.Abstractions;

namespace Router.Functions.Tests.Batch;

/// <summary>
/// Issue 19's end-to-end test: 1,000 queue messages with a 24 h window, consumed from the Azurite queue by the app,
/// collected into batches on the fake Azure OpenAI Batch API, with the app dying right after one batch was created
/// (its id never stored). A second app over the same tables finishes: every request has its result and exactly one
/// ledger row at the batch price, and no request was sent in two batches.
/// </summary>
public sealed class BatchApiEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private const int Messages = 1_000;
    private const string Deployment = "gpt-closed-batch";
    private readonly FakeAzureOpenAiServer _azure = new();
    private readonly List<TableClient> _tables = [];
    private QueueClient? _queue;

    private static string Storage => TestEnvironment.Storage;

    [Fact]
    public async Task ThousandWindowedMessages_CrashAfterBatchCreate_EveryRequestAnsweredAndBilledOnce()
    {
        _azure.EnableBatchApi();
        var run = $"e2e{Guid.NewGuid():N}"[..15];
        var queueName = $"rb-{run}";
        var ledger = new FakeLedger();
        _tables.AddRange(new[] { "items", "jobs", "results" }.Select(t => new TableClient(Storage, run + t)));
        var jobs = new TableBatchJobStore(_tables[0], _tables[1]);
        var results = new TableBatchResultStore(_tables[2]);
        var queue = _queue = new QueueClient(Storage, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync();

        var collection = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => await queue.SendMessageAsync(Message(i), ct));
        var sent = collection.Elapsed;

        int firstAppDispatches;
        await using (var first = await StartAsync(queueName, jobs, results, ledger, maxAge: "00:10:00", crashAfterSecondCreate: true))
        {
            await Wait.UntilAsync(async () => (await jobs.UnassignedItemsAsync()).Count == Messages, "all messages collected", TimeSpan.FromMinutes(4));
            collection.Stop();
            var poll = await PollAsync(first);
            // 1,000 collected, 400 a batch: two full batches formed; the first is created, the app dies after the second's create.
            Assert.Equal(2, poll.GetProperty("jobsCreated").GetInt32());
            Assert.Equal(1, poll.GetProperty("failedSteps").GetInt32());
            firstAppDispatches = first.Fakes.Dispatch.Calls;
        }

        Assert.Equal(2, _azure.BatchesCreated);
        Assert.Empty(ledger.Rows);
        _azure.AutoComplete = true;
        await using var second = await StartAsync(queueName, jobs, results, ledger, maxAge: "00:00:00", crashAfterSecondCreate: false);
        var ingestion = Stopwatch.StartNew();
        var final = await PollAsync(second);
        ingestion.Stop();

        Assert.Equal((1, 0, 0), (final.GetProperty("jobsCreated").GetInt32(), final.GetProperty("openJobs").GetInt32(), final.GetProperty("failedSteps").GetInt32()));
        Assert.Equal(3, _azure.BatchesCreated);
        Assert.Equal(Messages, _azure.SubmittedIds.Count);
        Assert.Equal(Messages, _azure.SubmittedIds.Distinct().Count());
        Assert.Equal(0, firstAppDispatches + second.Fakes.Dispatch.Calls);
        Assert.Equal(Messages, ledger.Rows.Count);
        Assert.Equal(Messages, ledger.Writes);
        var batchCost = (20 * 1.25m + 10 * 5m) / 1_000_000m;
        Assert.All(ledger.Rows.Values, r => Assert.Equal(("ok", "GlobalBatch", batchCost), (r.Status, r.DeploymentType!, r.CostUsd)));
        await Parallel.ForEachAsync(Enumerable.Range(0, Messages), async (i, ct) =>
        {
            var result = await results.GetAsync("acme", Id(i), ct);
            Assert.Equal((BatchResult.Completed, $"answer to {Id(i)}"), (result!.Status, result.Content));
        });
        var status = await Json.ReadAsync(await second.Client().GetAsync($"/api/batch/{Id(7)}"));
        Assert.Equal("completed", status.GetProperty("status").GetString());

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"collection: {Messages} messages sent in {sent.TotalSeconds:0.0} s, all collected after {collection.Elapsed.TotalSeconds:0.0} s ({Messages / collection.Elapsed.TotalSeconds:0} msg/s); " +
            $"restart poll (1 batch formed, 2 submitted, 3 ingested: {Messages} results + rows) {ingestion.Elapsed.TotalSeconds:0.0} s ({Messages / ingestion.Elapsed.TotalSeconds:0} requests/s)"));
    }

    private static string Id(int i) => $"m-{i:0000}";

    private static string Message(int i) => new JsonObject
    {
        ["id"] = Id(i),
        ["tenant"] = "acme",
        ["model"] = "auto",
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = $"HARD question number {i}" }),
        ["parameters"] = new JsonObject { ["maxTokens"] = 16 },
        ["completionWindow"] = "24h",
    }.ToJsonString();

    private Task<TestApp> StartAsync(string queue, IBatchJobStore jobs, IBatchResultStore results, FakeLedger ledger, string maxAge, bool crashAfterSecondCreate) =>
        TestApp.StartAsync(s =>
        {
            s["Queue:ConnectionString"] = Storage;
            s["Queue:Name"] = queue;
            s["Queue:PollInterval"] = "00:00:00.100";
            s["BatchApi:Deployments:0:Endpoint"] = _azure.Endpoint;
            s["BatchApi:Deployments:0:Deployment"] = Deployment;
            s["BatchApi:Deployments:0:Model"] = FakePolicy.ClosedModel;
            s["BatchApi:MaxRequestsPerBatch"] = "400";
            s["BatchApi:MaxAge"] = maxAge;
            s[$"Router:DeploymentPrices:{Deployment}:Model"] = FakePolicy.ClosedModel;
            s[$"Router:DeploymentPrices:{Deployment}:DeploymentType"] = "GlobalBatch";
            s[$"Router:DeploymentPrices:{Deployment}:InputPerMillionUsd"] = "1.25";
            s[$"Router:DeploymentPrices:{Deployment}:OutputPerMillionUsd"] = "5";
            s[$"Router:DeploymentPrices:{Deployment}:Source"] = "test";
            s[$"Router:DeploymentPrices:{Deployment}:AsOf"] = "2026-11-23";
            s["Backends:AzureOpenAI:ApiKey"] = "test-key";
        }, systemClock: true, services: s =>
        {
            s.RemoveAll<IBatchJobStore>().AddSingleton(jobs);
            s.RemoveAll<IBatchResultStore>().AddSingleton(results);
            s.RemoveAll<ISpendLedger>().AddSingleton<ISpendLedger>(ledger);
            if (crashAfterSecondCreate)
            {
                var inner = s.Last(d => d.ServiceType == typeof(IBatchApiClient));
                s.Remove(inner);
                s.AddSingleton<IBatchApiClient>(sp => new DiesAfterSecondCreate((IBatchApiClient)inner.ImplementationFactory!(sp)));
            }
        });

    /// <summary>Runs the BatchApiPoll timer function as the host would; its return value is the poll summary.</summary>
    private static async Task<JsonElement> PollAsync(TestApp app)
    {
        using var response = await app.Client(apiKey: null).PostAsync("/BatchApiPoll", Invocation.Timer());
        var body = await Json.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("ReturnValue");
    }

    // Thousands of rows left behind slow the shared Azurite down for every later test (its store is one JSON file).
    public void Dispose()
    {
        _azure.Dispose();
        _tables.ForEach(t => t.Delete());
        _queue?.DeleteIfExists();
    }

    /// <summary>The app dies right after the second batch create reached the API: its batch id is never stored.</summary>
    private sealed class DiesAfterSecondCreate(IBatchApiClient inner) : IBatchApiClient
    {
        private int _creates;

        public Task<string> UploadAsync(string deployment, Stream jsonl, string fileName, CancellationToken cancellationToken) => inner.UploadAsync(deployment, jsonl, fileName, cancellationToken);

        public Task<string?> FindBatchAsync(string deployment, string inputFileId, CancellationToken cancellationToken) => inner.FindBatchAsync(deployment, inputFileId, cancellationToken);

        public async Task<string> CreateBatchAsync(string deployment, string inputFileId, string jobId, CancellationToken cancellationToken)
        {
            var id = await inner.CreateBatchAsync(deployment, inputFileId, jobId, cancellationToken);
            return Interlocked.Increment(ref _creates) == 2 ? throw new InvalidOperationException("injected crash after batch create") : id;
        }

        public Task<BatchApiStatus> GetBatchAsync(string deployment, string batchId, CancellationToken cancellationToken) => inner.GetBatchAsync(deployment, batchId, cancellationToken);

        public Task<BinaryData> DownloadAsync(string deployment, string fileId, CancellationToken cancellationToken) => inner.DownloadAsync(deployment, fileId, cancellationToken);
    }
}
