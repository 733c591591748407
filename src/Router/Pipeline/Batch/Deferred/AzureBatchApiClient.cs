extern alias AzureIdentityPackage;

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Text.Json;
using Azure.AI.OpenAI;
using Azure.Core;
using Microsoft.Extensions.Options;
using OpenAI.Batch;
using OpenAI.Files;
using Router.Backends.AzureOpenAi;
using Router.Requests;

#pragma warning disable OPENAI001 // The batch client is marked experimental in OpenAI 2.1.0; its REST shape is GA on Azure.

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// The Files and Batches APIs through the official SDK (Azure.AI.OpenAI's file and batch clients), one client per
/// resource endpoint; the same key or managed identity as the chat deployments (Backends:AzureOpenAI:ApiKey).
/// </summary>
internal sealed class AzureBatchApiClient(IOptions<BatchApiOptions> options, IOptions<AzureOpenAiOptions> azure, Func<TokenCredential>? credentialFactory = null) : IBatchApiClient
{
    /// <summary>How many pages of the batch list a restart searches for an already created batch (100 batches a page).</summary>
    private const int SearchPages = 5;

    /// <summary>The default service version of Azure.AI.OpenAI 2.1.0, which its file and batch clients send.</summary>
    private const string ApiVersion = "2024-10-21";
    private readonly ConcurrentDictionary<string, AzureOpenAIClient> _clients = new(StringComparer.Ordinal);

    public async Task<string> UploadAsync(string deployment, Stream jsonl, string fileName, CancellationToken cancellationToken)
    {
        var file = await Client(deployment).GetOpenAIFileClient().UploadFileAsync(jsonl, fileName, FileUploadPurpose.Batch, cancellationToken).ConfigureAwait(false);
        return file.Value.Id;
    }

    public async Task<string?> FindBatchAsync(string deployment, string inputFileId, CancellationToken cancellationToken)
    {
        var pages = 0;
        var batches = Client(deployment).GetBatchClient().GetBatchesAsync(after: null, limit: 100, Options(cancellationToken));
        await foreach (var page in batches.GetRawPagesAsync().WithCancellation(cancellationToken))
        {
            using var json = JsonDocument.Parse(page.GetRawResponse().Content);
            foreach (var batch in json.RootElement.GetProperty("data").EnumerateArray())
            {
                if (batch.TryGetProperty("input_file_id", out var file) && file.GetString() == inputFileId)
                {
                    return batch.GetProperty("id").GetString();
                }
            }

            if (++pages >= SearchPages)
            {
                break;
            }
        }

        return null;
    }

    public async Task<string> CreateBatchAsync(string deployment, string inputFileId, string jobId, CancellationToken cancellationToken)
    {
        var body = BinaryContent.Create(BinaryData.FromObjectAsJson(new Dictionary<string, object>
        {
            ["input_file_id"] = inputFileId,
            ["endpoint"] = BatchJsonlWriter.ChatCompletionsUrl,
            ["completion_window"] = CompletionWindows.Day,
            ["metadata"] = new Dictionary<string, string> { ["job"] = jobId },
        }));
        var operation = await Client(deployment).GetBatchClient().CreateBatchAsync(body, waitUntilCompleted: false, Options(cancellationToken)).ConfigureAwait(false);
        using var json = JsonDocument.Parse(operation.GetRawResponse().Content);
        return json.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException("The batch create response has no id.");
    }

    /// <summary>OpenAI 2.1.0 keeps its GetBatch internal: the GET goes through the batch client's own pipeline
    /// (its authentication and retries), at the service version the SDK itself uses.</summary>
    public async Task<BatchApiStatus> GetBatchAsync(string deployment, string batchId, CancellationToken cancellationToken)
    {
        var pipeline = Client(deployment).GetBatchClient().Pipeline;
        using var message = pipeline.CreateMessage();
        message.Request.Method = "GET";
        message.Request.Uri = new Uri(Endpoint(deployment), $"openai/batches/{Uri.EscapeDataString(batchId)}?api-version={ApiVersion}");
        message.Apply(Options(cancellationToken));
        await pipeline.SendAsync(message).ConfigureAwait(false);
        if (message.Response is not { IsError: false } response)
        {
            throw new ClientResultException(message.Response!);
        }

        using var json = JsonDocument.Parse(response.Content);
        var root = json.RootElement;
        return new BatchApiStatus(root.GetProperty("status").GetString() ?? "", OptionalString(root, "output_file_id"), OptionalString(root, "error_file_id"));
    }

    public async Task<BinaryData> DownloadAsync(string deployment, string fileId, CancellationToken cancellationToken) =>
        (await Client(deployment).GetOpenAIFileClient().DownloadFileAsync(fileId, cancellationToken).ConfigureAwait(false)).Value;

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static RequestOptions Options(CancellationToken cancellationToken) => new() { CancellationToken = cancellationToken };

    private Uri Endpoint(string deployment)
    {
        var configured = options.Value.Deployments.FirstOrDefault(d => d.Deployment == deployment)
            ?? throw new InvalidOperationException($"Batch deployment '{deployment}' is not configured (BatchApi:Deployments).");
        var endpoint = configured.Endpoint.EndsWith('/') ? configured.Endpoint : configured.Endpoint + "/";
        return new Uri(endpoint, UriKind.Absolute);
    }

    private AzureOpenAIClient Client(string deployment)
    {
        var configured = Endpoint(deployment);
        return _clients.GetOrAdd(configured.AbsoluteUri, endpoint =>
        {
            var uri = new Uri(endpoint, UriKind.Absolute);
            var key = azure.Value.ApiKey;
            return string.IsNullOrEmpty(key)
                ? new AzureOpenAIClient(uri, (credentialFactory ?? (() => new AzureIdentityPackage::Azure.Identity.DefaultAzureCredential()))())
                : new AzureOpenAIClient(uri, new ApiKeyCredential(key));
        });
    }
}
