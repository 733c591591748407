using System.Text.Json;

namespace GpuWorker.Tests.TestSupport;

internal static class Sse
{
    /// <summary>The `data:` payloads of an SSE body, in order.</summary>
    public static List<string> DataLines(string body) =>
        body.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..]).ToList();

    public static JsonElement Json(string payload) => JsonDocument.Parse(payload).RootElement.Clone();
}
