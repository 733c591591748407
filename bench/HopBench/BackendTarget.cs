using Router.Backends;
using Router.Requests;

namespace HopBench;

/// <summary>Client → the router's GpuWorkerBackend (named HTTP client, readiness gate, translation) → worker.</summary>
internal sealed class BackendTarget(IChatBackend backend, int maxTokens) : IHopTarget
{
    public string Name => "GpuWorkerBackend → worker";

    public async Task<int> SendAsync(string prompt, int seed, CancellationToken cancellationToken = default)
    {
        var request = new BackendRequest("tiny", [new ChatMessage("user", prompt)], new SamplingParameters { MaxTokens = maxTokens, Temperature = 0, Seed = seed });
        var completion = await backend.CompleteAsync(request, cancellationToken);
        return completion.Usage.CompletionTokens;
    }
}
