using Router.Backends;
using Router.Requests;

namespace Integration.Tests.TestSupport;

internal static class Requests
{
    /// <summary>Greedy (temperature 0), so the worker answers the same text and usage every time.</summary>
    public static BackendRequest Greedy(string prompt = "hello there", int maxTokens = 8) =>
        new(TinyModelFile.ModelId, [new ChatMessage("user", prompt)], new SamplingParameters { Temperature = 0, MaxTokens = maxTokens });
}
