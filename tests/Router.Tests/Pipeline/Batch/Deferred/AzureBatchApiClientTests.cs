using System.Text;
using Microsoft.Extensions.Options;
using Router.Backends.AzureOpenAi;
using Router.Pipeline.Batch.Deferred;
using Router.Tests.Fakes;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>The SDK-based client against the fake's Files and Batches endpoints (the REST shapes Azure documents).</summary>
public sealed class AzureBatchApiClientTests : IDisposable
{
    private readonly FakeAzureOpenAiServer _azure = new();

    [Fact]
    public async Task UploadCreatePollDownload_RoundTripThroughTheSdk()
    {
        _azure.EnableBatchApi();
        var client = new AzureBatchApiClient(
            Options.Create(new BatchApiOptions { Deployments = [new BatchDeploymentOptions { Endpoint = _azure.Endpoint, Deployment = "d", Model = "m" }] }),
            Options.Create(new AzureOpenAiOptions { ApiKey = "k" }));
        var line = """{"custom_id":"r1","method":"POST","url":"/chat/completions","body":{"model":"d","messages":[{"role":"user","content":"hi"}]}}""";

        var fileId = await client.UploadAsync("d", new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "in.jsonl", CancellationToken.None);
        Assert.Null(await client.FindBatchAsync("d", fileId, CancellationToken.None));
        var batchId = await client.CreateBatchAsync("d", fileId, "job1", CancellationToken.None);
        Assert.Equal(batchId, await client.FindBatchAsync("d", fileId, CancellationToken.None));
        Assert.Equal("in_progress", (await client.GetBatchAsync("d", batchId, CancellationToken.None)).Status);
        _azure.CompleteBatches();
        var ended = await client.GetBatchAsync("d", batchId, CancellationToken.None);
        var output = await client.DownloadAsync("d", ended.OutputFileId!, CancellationToken.None);

        Assert.True(ended.IsTerminal);
        Assert.Equal("answer to r1", Assert.Single(BatchOutputLine.ReadAll(output)).Completion!.Content);
    }

    public void Dispose() => _azure.Dispose();
}
