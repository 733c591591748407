using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

public sealed class RouteFunctionTests
{
    [Fact]
    public async Task Post_NativeShape_ReturnsCompletionAndFullDecisionRecord()
    {
        await using var app = await TestApp.StartAsync();
        var request = new
        {
            messages = new[] { new { role = "user", content = "HARD question" } },
            parameters = new { temperature = 0.2, maxTokens = 50, stop = new[] { "END" } },
        };

        var response = await app.Client().PostAsync("/api/route", Json.Body(request));

        Assert.Equal(200, (int)response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("echo: HARD question", body.GetProperty("content").GetString());
        var decision = body.GetProperty("decision");
        Assert.Equal("closed", decision.GetProperty("route").GetString());
        Assert.Equal("azure-openai", decision.GetProperty("backend").GetString());
        Assert.Equal("None", decision.GetProperty("sensitivity").GetString());
        Assert.Equal(0.9, decision.GetProperty("difficulty").GetDouble());
        Assert.Equal(0.5, decision.GetProperty("threshold").GetDouble());
        Assert.Equal("private-small", decision.GetProperty("fallback").GetString());
        Assert.False(decision.GetProperty("cacheHit").GetBoolean());
        Assert.True(body.GetProperty("costUsd").GetDecimal() > 0);
        Assert.Equal(body.GetProperty("costUsd").GetDecimal(), body.GetProperty("premiumCostUsd").GetDecimal());
        Assert.Equal(50, app.Fakes.Dispatch.LastRequest!.Parameters.MaxTokens);
        Assert.Equal(["END"], app.Fakes.Dispatch.LastRequest.Parameters.Stop);
    }

    [Fact]
    public async Task Post_ForcePrivate_IsPassedToPipeline()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/route", Json.Body(new { messages = new[] { new { role = "user", content = "x" } }, forcePrivate = true }));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(app.Fakes.Policy.LastRequest!.ForcePrivate);
        Assert.Equal("acme", app.Fakes.Policy.LastRequest.TenantId);
    }

    [Theory]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"parameters\": 3}", "parameters")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"forcePrivate\": \"yes\"}", "forcePrivate")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"id\": \"a/b\"}", "id")]
    public async Task Post_BadNativeFields_Return400(string body, string param)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/route", Json.Body(body));

        Assert.Equal(param, (await Json.AssertErrorAsync(response, 400)).GetProperty("param").GetString());
    }

    [Theory]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"max_tokens\": 5}", "max_tokens", "parameters.maxTokens")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"parameters\": {\"max_tokens\": 5}}", "parameters.max_tokens", "parameters.maxTokens")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"user\": \"u1\"}", "user", "'user'")]
    public async Task Post_UnknownField_Returns400NamingIt(string body, string param, string mentioned)
    {
        await using var app = await TestApp.StartAsync();

        var error = await Json.AssertErrorAsync(await app.Client().PostAsync("/api/route", Json.Body(body)), 400);

        Assert.Equal((param, "unknown_parameter"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains(mentioned, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task Post_TenantKeyNamingOtherTenant_Returns403()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/route", Json.Body(new { tenant = "globex", messages = new[] { new { role = "user", content = "x" } } }));

        await Json.AssertErrorAsync(response, 403);
    }

    private static object Routed(string id, string content) => new { id, messages = new[] { new { role = "user", content } } };

    [Fact]
    public async Task Post_SameIdSameRequestAgain_StoredAnswerNoSecondRow()
    {
        await using var app = await TestApp.StartAsync();
        await app.Client().PostAsync("/api/route", Json.Body(Routed("reused-1", "hello")));
        var first = Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1));

        var again = await app.Client().PostAsync("/api/route", Json.Body(Routed("reused-1", "hello")));

        Assert.Equal(200, (int)again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("x-router-replayed").Single());
        Assert.Equal("echo: hello", (await Json.ReadAsync(again)).GetProperty("content").GetString());
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        var row = Assert.Single(app.Fakes.Ledger.Rows.Values);
        Assert.Equal((first.CacheHit, first.CostUsd, first.Timestamp), (row.CacheHit, row.CostUsd, row.Timestamp)); // was overwritten by a cache-hit row at cost 0
    }

    [Fact]
    public async Task Post_SameIdTwiceAtOnce_OneRunsTheOtherIsToldItIsInProgress()
    {
        await using var app = await TestApp.StartAsync();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Fakes.Dispatch.BeforeAnswer = () =>
        {
            entered.TrySetResult();
            return release.Task;
        };
        var first = app.Client().PostAsync("/api/route", Json.Body(Routed("at-once-1", "hello")));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(60));

        using var second = await app.Client().PostAsync("/api/route", Json.Body(Routed("at-once-1", "hello")));

        var error = await Json.AssertErrorAsync(second, 409);
        Assert.Equal(("id", "request_in_progress"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.NotNull(second.Headers.RetryAfter);
        release.SetResult();
        using var answered = await first;
        Assert.Equal(200, (int)answered.StatusCode);
        using var later = await app.Client().PostAsync("/api/route", Json.Body(Routed("at-once-1", "hello")));
        Assert.Equal("true", later.Headers.GetValues("x-router-replayed").Single());
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1));
    }

    [Fact]
    public async Task Post_SameIdAfterAFailedCall_RunsAgain()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.Failure = Router.Backends.BackendFailure.Unavailable;
        using var failed = await app.Client().PostAsync("/api/route", Json.Body(Routed("retried-1", "hello")));
        Assert.False(failed.IsSuccessStatusCode);

        app.Fakes.Dispatch.Failure = null;
        using var retried = await app.Client().PostAsync("/api/route", Json.Body(Routed("retried-1", "hello")));

        Assert.Equal(200, (int)retried.StatusCode); // the failed call's claim on the id was given back
        Assert.Equal("echo: hello", (await Json.ReadAsync(retried)).GetProperty("content").GetString());
    }

    [Fact]
    public async Task Post_SameIdDifferentRequest_409AndEarlierRowStands()
    {
        await using var app = await TestApp.StartAsync();
        await app.Client().PostAsync("/api/route", Json.Body(Routed("reused-2", "hello")));
        var first = Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1));

        var other = await app.Client().PostAsync("/api/route", Json.Body(Routed("reused-2", "something else")));

        var error = await Json.AssertErrorAsync(other, 409);
        Assert.Equal(("id", "request_id_conflict"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        Assert.Same(first, Assert.Single(app.Fakes.Ledger.Rows.Values));
    }

    [Fact]
    public async Task BatchQueue_IdOfAnHttpRequestWithOtherBody_RefusedAndHttpRowStands()
    {
        await using var app = await TestApp.StartAsync();
        await app.Client().PostAsync("/api/route", Json.Body(Routed("shared-1", "hello")));
        var first = Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1));

        var response = await app.Client(null).PostAsync("/BatchQueue", Invocation.ServiceBus(Invocation.Message("shared-1", content: "overwrite it")));

        // Invalid messages complete the invocation with status "invalid" (no redelivery); the reason says why.
        var body = await Json.ReadAsync(response);
        Assert.Equal("invalid", body.GetProperty("ReturnValue").GetProperty("status").GetString());
        Assert.Contains("already used by a different request", body.GetProperty("ReturnValue").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        var row = Assert.Single(app.Fakes.Ledger.Rows.Values);
        Assert.Equal(("http", first.CostUsd), (row.Source, row.CostUsd));
    }
}
