using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Polly.CircuitBreaker;
using Router.Backends.Resilience;

namespace Router.Backends.AzureOpenAi;

/// <summary>Turns validated options into live deployments (one client and one pipeline each).</summary>
internal static class AzureDeploymentFactory
{
    public static IReadOnlyList<AzureDeployment> Create(AzureOpenAiOptions options, TimeProvider timeProvider, Func<TokenCredential>? credentialFactory = null)
    {
        var credential = new Lazy<TokenCredential>(credentialFactory ?? DefaultCredential);
        return options.Deployments.Select(d =>
        {
            var endpoint = new Uri(d.Endpoint, UriKind.Absolute);
            var clientOptions = CreateClientOptions(options.Resilience);
            var client = string.IsNullOrEmpty(options.ApiKey)
                ? new AzureOpenAIClient(endpoint, credential.Value, clientOptions)
                : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
            var circuit = new CircuitBreakerStateProvider();
            var pipeline = BackendResiliencePipelineFactory.Create(options.Resilience, timeProvider, circuit);
            return new AzureDeployment($"{d.Deployment}@{endpoint.Host}", d.Model, d.Weight, client.GetChatClient(d.Deployment), pipeline, circuit);
        }).ToList();
    }

    private static TokenCredential DefaultCredential() => new DefaultAzureCredential();

    internal static AzureOpenAIClientOptions CreateClientOptions(BackendResilienceOptions resilience)
    {
        // Streams need no option for usage: OpenAI 2.1.0 sends stream_options.include_usage itself and
        // Azure.AI.OpenAI 2.1.0 keeps it (checked on the wire in AzureOpenAiBackendTests).
        return new AzureOpenAIClientOptions
        {
            // Polly is the only retry layer; the SDK's own retries would multiply attempts and hide 429s.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // Polly's per-attempt timeout must fire first, so the SDK's network timeout sits just above it.
            NetworkTimeout = resilience.AttemptTimeout + TimeSpan.FromSeconds(5),
        };
    }
}
