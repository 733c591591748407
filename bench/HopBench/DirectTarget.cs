using System.Net.Http.Json;
using System.Text.Json;

namespace HopBench;

/// <summary>Client → worker: the baseline every other path is compared with.</summary>
internal sealed class DirectTarget(HttpClient http, int maxTokens) : IHopTarget
{
    public string Name => "direct → worker";

    public async Task<int> SendAsync(string prompt, int seed, CancellationToken cancellationToken = default)
    {
        var body = new Dictionary<string, object>
        {
            ["model"] = "tiny", ["messages"] = new[] { new { role = "user", content = prompt } },
            ["max_tokens"] = maxTokens, ["temperature"] = 0, ["seed"] = seed,
        };
        using var response = await http.PostAsJsonAsync("v1/chat/completions", body, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return json.GetProperty("usage").GetProperty("completion_tokens").GetInt32();
    }
}
