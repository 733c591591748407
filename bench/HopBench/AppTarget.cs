using System.Net.Http.Json;
using System.Text.Json;

namespace HopBench;

/// <summary>Client → function app (auth, classify, cache, route, dispatch, ledger) → worker, on a tenant whose
/// policy allows only private routes; fails if a response did not come from the worker.</summary>
internal sealed class AppTarget(HttpClient http, int maxTokens) : IHopTarget
{
    public string Name => "function app → worker";

    public async Task<int> SendAsync(string prompt, int seed, CancellationToken cancellationToken = default)
    {
        var body = new Dictionary<string, object>
        {
            ["model"] = "auto", ["messages"] = new[] { new { role = "user", content = prompt } },
            ["max_tokens"] = maxTokens, ["temperature"] = 0, ["seed"] = seed,
        };
        using var response = await http.PostAsJsonAsync("api/v1/chat/completions", body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"function app answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var route = response.Headers.TryGetValues("x-router-route", out var r) ? r.First() : "";
        var cache = response.Headers.TryGetValues("x-router-cache", out var c) ? c.First() : "";
        if (!route.StartsWith("private", StringComparison.Ordinal) || cache != "miss")
        {
            throw new InvalidOperationException($"expected a private cache miss, got route '{route}', cache '{cache}'");
        }

        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return json.GetProperty("usage").GetProperty("completion_tokens").GetInt32();
    }
}
