using OpenAI.Chat;
using Polly;
using Polly.CircuitBreaker;

namespace Router.Backends.AzureOpenAi;

/// <summary>Live state of one deployment: its client, its resilience pipeline and its circuit.</summary>
internal sealed class AzureDeployment(string name, string model, double weight, ChatClient client, ResiliencePipeline pipeline, CircuitBreakerStateProvider circuit)
{
    /// <summary>"deployment@host": safe to log and to store in the ledger.</summary>
    public string Name { get; } = name;
    public string Model { get; } = model;
    public double Weight { get; } = weight;
    public ChatClient Client { get; } = client;
    public ResiliencePipeline Pipeline { get; } = pipeline;

    public bool IsAvailable => circuit.CircuitState is CircuitState.Closed or CircuitState.HalfOpen;
}
