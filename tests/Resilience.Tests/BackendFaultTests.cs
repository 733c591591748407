using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Router.Resilience.Tests.Support;
using Router.Tests.Fakes;
using WireMock.ResponseBuilders;

namespace Router.Resilience.Tests;

/// <summary>Backend 429/500/timeouts: retries and fallbacks stay within policy, and a sensitive request never
/// reaches the closed backend, whatever the private worker does.</summary>
public sealed class BackendFaultTests
{
    private const string Ssn = "123-45-6789";
    private const string SensitivePrompt = "Summarise the file of the customer with SSN " + Ssn + " please.";

    public static TheoryData<string> WorkerFaults => ["429", "500", "timeout", "down"];

    [Theory]
    [MemberData(nameof(WorkerFaults))]
    public async Task Complete_SensitiveWhileWorkerFails_NeverSentToClosedBackend(string fault)
    {
        using var closed = new FakeAzureOpenAiServer();
        // The closed backend would answer happily: a leak would succeed, so only its request log can tell.
        closed.GivenCompletion(RouterApp.ClosedDeployment, "closed answer");
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        switch (fault)
        {
            case "429":
                worker.GivenChat(r => r.WithStatusCode(429).WithHeader("Retry-After", "0"));
                break;
            case "500":
                worker.GivenChat(r => r.WithStatusCode(500));
                break;
            case "timeout":
                worker.GivenChat(r => r.WithStatusCode(200).WithBody(OpenAiWire.Completion("late")).WithDelay(TimeSpan.FromSeconds(3)));
                break;
        }

        var workerUrl = fault == "down" ? $"http://127.0.0.1:{FreePort.Next()}/" : worker.BaseUrl;
        await using var app = await RouterApp.StartAsync(closed.Endpoint, workerUrl);
        // Tenant "open" sends all non-sensitive work to the closed route and may fall back to it.
        using var client = app.Client(RouterApp.OpenKey);

        var statuses = new List<HttpStatusCode>();
        using (var response = await RouterApp.PostChatAsync(client, SensitivePrompt))
        {
            statuses.Add(response.StatusCode);
            await AssertClearErrorAsync(response);
        }

        var streamed = RouterApp.Chat(SensitivePrompt);
        streamed["stream"] = true;
        using (var response = await client.PostAsJsonAsync("/api/v1/chat/completions", streamed))
        {
            statuses.Add(response.StatusCode);
        }

        var native = new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = SensitivePrompt }),
            ["forcePrivate"] = false,
            ["model"] = "gpt-4o",
        };
        using (var response = await client.PostAsJsonAsync("/api/route", native))
        {
            statuses.Add(response.StatusCode);
            await AssertClearErrorAsync(response);
        }

        Assert.Empty(closed.RequestsTo(RouterApp.ClosedDeployment));
        Assert.All(statuses, s => Assert.True((int)s >= 400, $"a failing private worker cannot produce {s}"));
        if (fault == "down")
        {
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        }
    }

    [Fact]
    public async Task Complete_ClosedThrottledTwice_RetriesWithinPolicyThenSucceeds()
    {
        using var closed = new FakeAzureOpenAiServer();
        closed.GivenStatus(RouterApp.ClosedDeployment, 429, OpenAiWire.Error("429", "slow down"), new Dictionary<string, string> { ["Retry-After"] = "0" }, "throttle", null, "once");
        closed.GivenStatus(RouterApp.ClosedDeployment, 429, OpenAiWire.Error("429", "slow down"), new Dictionary<string, string> { ["Retry-After"] = "0" }, "throttle", "once", "twice");
        closed.GivenCompletion(RouterApp.ClosedDeployment, "closed answer");
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        worker.GivenCompletion("worker answer");
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl);
        using var client = app.Client(RouterApp.OpenKey);

        using var response = await RouterApp.PostChatAsync(client, "Explain the difference between TCP and UDP.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("closed", response.Headers.GetValues("x-router-route").Single());
        Assert.Equal(3, closed.RequestsTo(RouterApp.ClosedDeployment).Count);
        Assert.Equal(0, worker.ChatRequests);
    }

    [Fact]
    public async Task Complete_ClosedAlways500_AtMostMaxRetriesThenFallsBackToPrivate()
    {
        using var closed = new FakeAzureOpenAiServer();
        closed.GivenStatus(RouterApp.ClosedDeployment, 500, OpenAiWire.Error("500", "boom"));
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        worker.GivenCompletion("worker answer");
        // The worker here is healthy and answers at once: generous worker timeouts keep a loaded machine from turning the
        // fallback into a 504 (the short defaults are for the tests that exercise worker timeouts).
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl, s =>
        {
            s["Backends:GpuWorker:ColdStartWait"] = "00:00:15";
            s["Backends:GpuWorker:RequestTimeout"] = "00:00:15";
            s["Backends:GpuWorker:HealthProbeTimeout"] = "00:00:05";
        });
        using var client = app.Client(RouterApp.OpenKey);

        using var response = await RouterApp.PostChatAsync(client, "Explain the difference between TCP and UDP.");

        // MaxRetries = 2: one attempt plus two retries, never more; then the policy's fallback (private-small).
        Assert.InRange(closed.RequestsTo(RouterApp.ClosedDeployment).Count, 1, 3);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("private-small", response.Headers.GetValues("x-router-route").Single());
        Assert.Equal(1, worker.ChatRequests);
    }

    [Fact]
    public async Task Complete_WorkerTimesOutForNonSensitive_FallsBackToClosedOnce()
    {
        using var closed = new FakeAzureOpenAiServer();
        closed.GivenCompletion(RouterApp.ClosedDeployment, "closed answer");
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        worker.GivenChat(r => r.WithStatusCode(200).WithBody(OpenAiWire.Completion("late")).WithDelay(TimeSpan.FromSeconds(3)));
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl);
        using var client = app.Client(RouterApp.AcmeKey);

        using var response = await RouterApp.PostChatAsync(client, "Hi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("closed", response.Headers.GetValues("x-router-route").Single());
        Assert.Single(closed.RequestsTo(RouterApp.ClosedDeployment));
    }

    private static async Task AssertClearErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"error\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Ssn, body, StringComparison.Ordinal);
    }
}
