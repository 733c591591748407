using System.Net;
using Router.Resilience.Tests.Support;
using Router.Tests.Fakes;

namespace Router.Resilience.Tests;

/// <summary>Redis (cache) stopped mid-run: requests are still served, the outage is logged once, caching recovers.</summary>
public sealed class RedisOutageTests
{
    private const int OutageEventId = 3001;
    private const int RecoveredEventId = 3002;

    [Fact]
    public async Task Serve_RedisStoppedMidRun_BypassesCacheLogsOnceAndRecovers()
    {
        using var redis = await PrivateRedis.StartAsync();
        using var worker = new FakeGpuWorkerServer();
        using var closed = new FakeAzureOpenAiServer();
        worker.GivenHealth(200);
        worker.GivenCompletion("worker answer");
        closed.GivenCompletion(RouterApp.ClosedDeployment, "closed answer");
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl, s =>
        {
            s["Cache:Redis:ConnectionString"] = redis.ConnectionString;
            s["Cache:Redis:ConnectTimeoutMs"] = "500";
        });
        using var client = app.Client();

        Assert.Equal(["miss", "hit"], [await CacheHeaderAsync(client, "What is the capital of France?"), await CacheHeaderAsync(client, "What is the capital of France?")]);

        redis.Kill();
        var during = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            // Repeats of one prompt too: with Redis gone even a repeat must be served (a miss), not fail.
            during.Add(await CacheHeaderAsync(client, i % 2 == 0 ? "What is the capital of France?" : $"Name a colour, number {i}."));
        }

        Assert.All(during, h => Assert.Equal("miss", h));
        // Logged once per outage: outage and recovery lines alternate, and Redis is down at the end. Right after the
        // kill a dying server can still answer one call (a flap: outage, recovery, outage); a line repeated for
        // every failed call would put two outage lines in a row.
        var transitions = app.Logs.GetSnapshot().Where(r => r.Id.Id is OutageEventId or RecoveredEventId).Select(r => r.Id.Id).ToList();
        Assert.InRange(transitions.Count, 1, 5);
        Assert.Equal(OutageEventId, transitions[^1]);
        Assert.All(transitions.Select((id, i) => (id, i)), t => Assert.Equal(t.i % 2 == 0 ? OutageEventId : RecoveredEventId, t.id));

        await redis.RestartAsync();
        // Redis came back empty; the multiplexer reconnects in the background (linear 1 s retry).
        await Wait.ForAsync(
            async () => (await CacheHeaderAsync(client, "Spell the word tree."), await CacheHeaderAsync(client, "Spell the word tree.")),
            pair => pair.Item2 == "hit", "a repeated prompt to be a cache hit again after Redis returned", TimeSpan.FromSeconds(20));

        // Each outage is logged once and closed by one recovery line. On a loaded machine a reconnecting
        // multiplexer may flap once more before it settles; that is a second outage, not a repeated log.
        var outageLines = app.Logs.GetSnapshot().Count(r => r.Id.Id == OutageEventId);
        var recoveryLines = app.Logs.GetSnapshot().Count(r => r.Id.Id == RecoveredEventId);
        Assert.InRange(recoveryLines, 1, 3);
        Assert.Equal(outageLines, recoveryLines);
    }

    private static async Task<string> CacheHeaderAsync(HttpClient client, string prompt)
    {
        using var response = await RouterApp.PostChatAsync(client, prompt);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.GetValues("x-router-cache").Single();
    }
}
