using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Router.Resilience.Tests.Support;
using Router.Tests.Fakes;

namespace Router.Resilience.Tests;

/// <summary>200 concurrent requests against a budget for ~50: settled spend never exceeds the budget by more
/// than one request's worst case; the refused get 429.</summary>
public sealed class BudgetRaceTests
{
    // gpt-4o: $2.50 / $10 per 1M tokens. The fake reports 20 prompt + 100 completion tokens (= max_tokens),
    // so each call settles at exactly its worst-case output: 20 * 2.5e-6 + 100 * 1e-5 = $0.00105.
    private const int MaxTokens = 100;
    private const decimal SettledPerCall = 20 * 2.50m / 1_000_000 + MaxTokens * 10m / 1_000_000;
    private const decimal Budget = 50 * SettledPerCall;

    [Theory]
    [InlineData("redis")]
    [InlineData("memory")]
    [InlineData("redis-flapping")]
    public async Task Complete_200ConcurrentAgainstBudgetFor50_SpendStaysWithinOneWorstCase(string guard)
    {
        using var redis = guard.StartsWith("redis", StringComparison.Ordinal) ? await PrivateRedis.StartAsync() : null;
        using var closed = new FakeAzureOpenAiServer();
        closed.GivenCompletion(RouterApp.ClosedDeployment, "ok", promptTokens: 20, completionTokens: MaxTokens);
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl, s =>
        {
            s["Router:Tenants:capped:DailyBudgetUsd"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Closed only: the policy cannot downgrade to a private route, so every call costs the same.
            s["Router:Tenants:capped:AllowedRoutes:0"] = "Closed";
            s["Backends:AzureOpenAI:Resilience:AttemptTimeout"] = "00:00:10";
            if (redis is not null)
            {
                s["Cache:Redis:ConnectionString"] = redis.ConnectionString;
                if (guard == "redis-flapping")
                {
                    // The shortest allowed timeout: under 200 concurrent calls on a small machine some Redis
                    // scripts time out and the guard flips between Redis and its in-process fallback.
                    s["Cache:Redis:OperationTimeoutMs"] = "50";
                }
            }
        });
        using var client = app.Client(RouterApp.CappedKey);

        // Distinct prompts: no cache hits, every request is a fresh spend decision.
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await RouterApp.PostChatAsync(client, $"Explain topic number {i} in one line.", MaxTokens);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var ok = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var errors = app.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Category}: {r.Message} {r.Exception}");
        var summary = string.Join(", ", responses.GroupBy(r => r.StatusCode).Select(g => $"{(int)g.Key}x{g.Count()}: {g.First().Body[..Math.Min(200, g.First().Body.Length)]}"))
            + "; app errors: " + string.Join(" | ", errors.Take(2));
        Assert.True(200 == ok + refused.Count, summary);
        Assert.All(refused, r => Assert.Equal("budget_exhausted", JsonDocument.Parse(r.Body).RootElement.GetProperty("error").GetProperty("code").GetString()));
        Assert.InRange(ok, 1, 51);

        var rows = await app.LedgerAsync("capped");
        var spent = rows.Where(r => r.Status == "ok").Sum(r => r.CostUsd);
        Assert.True(ok == rows.Count(r => r.Status == "ok"), $"{ok} ok; ledger: {string.Join(", ", rows.GroupBy(r => r.Status).Select(g => $"{g.Key}x{g.Count()}"))}, distinct ids {rows.Select(r => r.RequestId).Distinct().Count()}");
        Assert.Equal(ok * SettledPerCall, spent);
        Assert.True(spent <= Budget + SettledPerCall, $"spent {spent} > budget {Budget} + one worst case {SettledPerCall} ({ok} served)");
        // Refused requests never reach the backend; served ones at most once plus the two allowed retries.
        Assert.InRange(closed.RequestsTo(RouterApp.ClosedDeployment).Count, ok, 3 * ok);
    }
}
