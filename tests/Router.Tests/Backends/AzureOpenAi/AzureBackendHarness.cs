using Microsoft.Extensions.Logging.Abstractions;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Backends.AzureOpenAi;
using Router.Backends.Resilience;
using Router.Tests.Fakes;

namespace Router.Tests.Backends.AzureOpenAi;

/// <summary>Builds the real backend against fake servers, with short delays so tests stay fast.</summary>
internal static class AzureBackendHarness
{
    public static BackendRequest Request(string model = "gpt-4o") =>
        new(model, [new("system", "Be brief."), new("user", "Say hello.")], new() { Temperature = 0.2f, MaxTokens = 50 });

    public static BackendResilienceOptions FastResilience(int maxRetries = 2, TimeSpan? attemptTimeout = null) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAfter = TimeSpan.FromSeconds(2),
        AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(30),
        MinimumThroughput = 3,
        FailureRatio = 0.5,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(30),
    };

    public static AzureOpenAiOptions Options(BackendResilienceOptions? resilience = null, params (string Endpoint, string Deployment, double Weight)[] deployments) => new()
    {
        ApiKey = "test-key",
        Resilience = resilience ?? FastResilience(),
        Deployments = deployments.Select(d => new AzureOpenAiDeploymentOptions
        {
            Endpoint = d.Endpoint, Deployment = d.Deployment, Model = "gpt-4o", Weight = d.Weight,
        }).ToList(),
    };

    public static AzureOpenAiBackend Create(AzureOpenAiOptions options, IRandomSource? random = null, TimeProvider? timeProvider = null)
    {
        var deployments = AzureDeploymentFactory.Create(options, timeProvider ?? TimeProvider.System);
        var failover = new DeploymentFailover(deployments, random ?? new SequenceRandom(0.5), NullLogger.Instance);
        return new AzureOpenAiBackend(failover, new O200kTokenCounter(), NullLogger<AzureOpenAiBackend>.Instance);
    }

    public static AzureOpenAiBackend Create(FakeAzureOpenAiServer server, string deployment = "gpt4o-a", BackendResilienceOptions? resilience = null) =>
        Create(Options(resilience, (server.Endpoint, deployment, 1.0)));
}
