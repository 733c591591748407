using System.ClientModel;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;
using OpenAI.Chat;
using Router.Functions.Tests.Support;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Endpoints;

public sealed class ChatCompletionsFunctionTests
{
    [Fact]
    public async Task Post_ValidRequest_ReturnsOpenAiCompletionAndDecisionHeaders()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("chat.completion", body.GetProperty("object").GetString());
        Assert.StartsWith("chatcmpl-", body.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(), body.GetProperty("created").GetInt64());
        Assert.Equal(FakePolicy.SmallModel, body.GetProperty("model").GetString());
        var choice = body.GetProperty("choices")[0];
        Assert.Equal(0, choice.GetProperty("index").GetInt32());
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.Equal("echo: hello", choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        var usage = body.GetProperty("usage");
        Assert.Equal((10, 5, 15), (usage.GetProperty("prompt_tokens").GetInt32(), usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32()));
        Assert.Equal("private-small", response.Headers.GetValues("x-router-route").Single());
        Assert.Equal(FakePolicy.SmallModel, response.Headers.GetValues("x-router-model").Single());
        Assert.Equal("difficulty < threshold", response.Headers.GetValues("x-router-reasons").Single());
        Assert.Equal("miss", response.Headers.GetValues("x-router-cache").Single());
        Assert.Equal(body.GetProperty("id").GetString(), response.Headers.GetValues("x-request-id").Single());
        Assert.Equal("http", Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1)).Source);
    }

    [Fact]
    public async Task Post_LedgerSlow_AnswerArrivesBeforeTheRowThenRowIsWritten()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Ledger.HoldWrites = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(response.Content.Headers.ContentLength, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Empty(app.Fakes.Ledger.Rows);
        app.Fakes.Ledger.HoldWrites.SetResult();
        Assert.Equal(response.Headers.GetValues("x-request-id").Single(), Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1)).RequestId);
    }

    [Fact]
    public async Task Stop_AnswersNotYetAccounted_WaitsForTheirRows()
    {
        var log = TestLogs.Logger<Router.Functions.Http.PendingAccounting>();
        await using var app = await TestApp.StartAsync(services: s => s.AddSingleton<ILogger<Router.Functions.Http.PendingAccounting>>(log));
        var hold = app.Fakes.Ledger.HoldWrites = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat($"q{i}")))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var stopping = app.StopAsync();
        // Whenever the stop completes, it must be after the writes were let go; and it is seen waiting for them first.
        var stoppedWhileHeld = stopping.ContinueWith(_ => !hold.Task.IsCompleted, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await log.LoggedAsync(m => m.Contains("waiting for 3 answered requests", StringComparison.Ordinal)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(stopping.IsCompleted);
        Assert.Empty(app.Fakes.Ledger.Rows);
        hold.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(await stoppedWhileHeld);

        Assert.Equal(3, app.Fakes.Ledger.Rows.Count);
    }

    [Fact]
    public async Task Post_LedgerFailsAfterAnswer_CallerKeepsAnswerAndAppServesNext()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Ledger.FailWrites = new IOException("disk full");
        var client = app.Client();

        var first = await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello")));
        app.Fakes.Ledger.FailWrites = null;
        var second = await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("again")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("echo: hello", (await Json.ReadAsync(first)).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(second.Headers.GetValues("x-request-id").Single(), Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1)).RequestId);
    }

    [Fact]
    public async Task Post_SameRequestTwice_SecondIsCacheHitAtZeroCost()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();

        await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello")));
        var second = await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello")));

        Assert.Equal("hit", second.Headers.GetValues("x-router-cache").Single());
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        var id = second.Headers.GetValues("x-request-id").Single();
        await app.Fakes.Ledger.RowsOnceAsync(2);
        Assert.Equal(0m, app.Fakes.Ledger.Rows[("acme", id)].CostUsd);
    }

    [Fact]
    public async Task Post_SensitiveWithExplicitClosedModel_StaysPrivateAndSaysWhyWithoutValues()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("write to jane.doe@example.com", FakePolicy.ClosedModel)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("private-small", response.Headers.GetValues("x-router-route").Single());
        var reasons = response.Headers.GetValues("x-router-reasons").Single();
        Assert.Contains("model override", reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("jane", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.com", string.Concat(response.Headers.SelectMany(h => h.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BudgetExhausted_Returns429WithClearMessage()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Budget.Limits["acme"] = 0m;

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        var error = await Json.AssertErrorAsync(response, 429);
        Assert.Equal("budget_exhausted", error.GetProperty("code").GetString());
        Assert.Contains("budget", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task Post_PolicyRefuses_Returns403()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client(TestApp.LockedKey).PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        Assert.Equal("policy_refused", (await Json.AssertErrorAsync(response, 403)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(Router.Backends.BackendFailure.Unavailable, 503)]
    [InlineData(Router.Backends.BackendFailure.Timeout, 504)]
    [InlineData(Router.Backends.BackendFailure.Throttled, 429)]
    public async Task Post_BackendFails_MapsToStatus(Router.Backends.BackendFailure failure, int status)
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.Failure = failure;

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        await Json.AssertErrorAsync(response, status);
    }

    [Fact]
    public async Task Post_ManagerKeyWithTenantHeader_ActsForThatTenant()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client(TestApp.ManagerKey);
        client.DefaultRequestHeaders.Add("x-router-tenant", "globex");

        await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        Assert.Equal("globex", Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1)).TenantId);
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(0)]
    public async Task Post_ManagerKeyWithInvalidTenantHeader_Returns400AndRecordsNothing(int length)
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client(TestApp.ManagerKey);
        client.DefaultRequestHeaders.Add("x-router-tenant", length > 0 ? new string('t', length) : "a/b");

        var error = await Json.AssertErrorAsync(await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat())), 400);

        Assert.Equal(("x-router-tenant", "invalid_tenant"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Post_TenantKeyNamingOtherTenant_Returns403()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("x-router-tenant", "globex");

        var response = await client.PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        await Json.AssertErrorAsync(response, 403);
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task CompleteChat_UnmodifiedOpenAiSdk_Works()
    {
        await using var app = await TestApp.StartAsync();
        var client = new ChatClient("auto", new ApiKeyCredential(TestApp.AcmeKey), new OpenAIClientOptions { Endpoint = new Uri(app.BaseAddress, "/api/v1") });

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("hello sdk")]);

        Assert.Equal("echo: hello sdk", completion.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Equal((10, 5), (completion.Usage.InputTokenCount, completion.Usage.OutputTokenCount));
        Assert.Equal(FakePolicy.SmallModel, completion.Model);
    }

    [Fact]
    public async Task CompleteChatStreaming_UnmodifiedOpenAiSdk_ReceivesDeltasAndUsage()
    {
        await using var app = await TestApp.StartAsync();
        var client = new ChatClient("auto", new ApiKeyCredential(TestApp.AcmeKey), new OpenAIClientOptions { Endpoint = new Uri(app.BaseAddress, "/api/v1") });

        var text = new System.Text.StringBuilder();
        ChatTokenUsage? usage = null;
        ChatFinishReason? finish = null;
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("hello stream")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            usage ??= update.Usage;
            finish ??= update.FinishReason;
        }

        Assert.Equal("echo: hello stream", text.ToString());
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.Equal(15, usage!.TotalTokenCount);
    }

    [Fact]
    public async Task CompleteChat_OpenAiSdkWithUnknownKey_ThrowsUnauthorized()
    {
        await using var app = await TestApp.StartAsync();
        var client = new ChatClient("auto", new ApiKeyCredential("nope"), new OpenAIClientOptions { Endpoint = new Uri(app.BaseAddress, "/api/v1") });

        var e = await Assert.ThrowsAsync<ClientResultException>(() => client.CompleteChatAsync([new UserChatMessage("hi")]));

        Assert.Equal(401, e.Status);
    }
}
