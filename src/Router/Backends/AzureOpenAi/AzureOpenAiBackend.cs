using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;
using Router.Accounting;
using Router.Accounting.Tokens;

namespace Router.Backends.AzureOpenAi;

/// <summary>Azure OpenAI chat completions over weighted deployments, each with retry, breaker and timeout.</summary>
internal sealed class AzureOpenAiBackend(DeploymentFailover failover, ITokenCounter estimator, ILogger<AzureOpenAiBackend> logger) : IChatBackend
{
    public string Name => BackendNames.AzureOpenAi;

    public bool IsClosedVendor => true;

    public async Task<BackendCompletion> CompleteAsync(BackendRequest request, CancellationToken cancellationToken = default)
    {
        var messages = AzureChatTranslator.ToMessages(request.Messages);
        var (completion, deployment) = await failover.ExecuteAsync(request.Model, async (d, ct) =>
        {
            ChatCompletion result = await d.Client.CompleteChatAsync(messages, AzureChatTranslator.ToOptions(request), ct).ConfigureAwait(false);
            // Touch the parts that a malformed body breaks, inside the attempt so the error is mapped and retried.
            return (Text: AzureChatTranslator.Text(result.Content), ToolCalls: AzureChatTranslator.ToToolCalls(result.ToolCalls), result.FinishReason,
                Usage: AzureChatTranslator.ToUsage(result.Usage), result.Model);
        }, cancellationToken).ConfigureAwait(false);

        return new BackendCompletion
        {
            Content = completion.Text,
            ToolCalls = completion.ToolCalls,
            Model = string.IsNullOrEmpty(completion.Model) ? request.Model : completion.Model,
            FinishReason = AzureChatTranslator.ToWire(completion.FinishReason),
            Usage = completion.Usage ?? Estimate(request, completion.Text, completion.ToolCalls),
            Deployment = deployment.Name,
        };
    }

    public async IAsyncEnumerable<BackendChunk> StreamAsync(BackendRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var messages = AzureChatTranslator.ToMessages(request.Messages);
        var (stream, deployment) = await failover.ExecuteAsync(request.Model,
            (d, ct) => AzureUpdateStream.OpenAsync(
                token => d.Client.CompleteChatStreamingAsync(messages, AzureChatTranslator.ToOptions(request), token), cancellationToken, ct),
            cancellationToken).ConfigureAwait(false);

        await using (stream.ConfigureAwait(false))
        {
            var text = new System.Text.StringBuilder();
            var toolCalls = new ToolCallAccumulator();
            TokenUsage? usage = null;
            for (var update = stream.First; update is not null; update = await stream.NextAsync(deployment.Name).ConfigureAwait(false))
            {
                var chunk = ToChunk(update);
                if (chunk is null)
                {
                    continue;
                }
                // The served model and deployment ride on the usage chunk, which the ledger row is written from.
                if (chunk.Usage is not null)
                {
                    chunk = chunk with { Model = string.IsNullOrEmpty(update.Model) ? null : update.Model, Deployment = deployment.Name };
                }

                text.Append(chunk.ContentDelta);
                toolCalls.AddRange(chunk.ToolCallDeltas);
                usage ??= chunk.Usage;
                yield return chunk;
            }

            if (usage is null)
            {
                yield return new BackendChunk { Usage = Estimate(request, text.ToString(), toolCalls.ToList()), Deployment = deployment.Name };
            }
        }
    }

    private static BackendChunk? ToChunk(StreamingChatCompletionUpdate update)
    {
        var delta = AzureChatTranslator.Text(update.ContentUpdate);
        var finish = update.FinishReason is { } reason ? AzureChatTranslator.ToWire(reason) : null;
        var usage = AzureChatTranslator.ToUsage(update.Usage);
        var toolCalls = AzureChatTranslator.ToDeltas(update.ToolCallUpdates);
        // Azure's first chunk carries only prompt filter results; it is nothing to the caller.
        return delta.Length == 0 && toolCalls is null && finish is null && usage is null
            ? null
            : new BackendChunk { ContentDelta = delta.Length == 0 ? null : delta, ToolCallDeltas = toolCalls, FinishReason = finish, Usage = usage };
    }

    private TokenUsage Estimate(BackendRequest request, string completion, IReadOnlyList<Requests.ToolCall> toolCalls)
    {
        BackendsLog.UsageEstimated(logger, Name);
        return estimator.Estimate(request.Messages, request.ToolsAndFormat, completion, toolCalls);
    }
}
