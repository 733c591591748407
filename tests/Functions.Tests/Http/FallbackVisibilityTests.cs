using Router.Backends;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Http;

/// <summary>When the decision's fallback answers, every view of the request says so and none contradicts it.</summary>
public sealed class FallbackVisibilityTests
{
    [Fact]
    public async Task Chat_ClosedFailsAndPrivateAnswers_HeadersNameTheFallbackAndAgree()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.FailOverWith = BackendFailure.Unavailable;

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("HARD question")));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("private-small", response.Headers.GetValues("x-router-route").Single());
        Assert.StartsWith("closed -> private-small; azure-openai: Unavailable", response.Headers.GetValues("x-router-fallback").Single(), StringComparison.Ordinal);
        Assert.Contains("served-by-fallback: closed failed (Unavailable)", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
        var row = Assert.Single(await app.Fakes.Ledger.RowsOnceAsync(1));
        Assert.Equal(("private-small", "closed"), (row.Route, row.FallbackFrom));
        Assert.Contains(row.Reasons, r => r.StartsWith("served-by-fallback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chat_NoFallback_NoFallbackHeader()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("HARD question")));

        Assert.Equal("closed", response.Headers.GetValues("x-router-route").Single());
        Assert.False(response.Headers.Contains("x-router-fallback"));
    }

    [Fact]
    public async Task Stream_FallbackAnswers_HeaderNamesIt()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.FailOverWith = BackendFailure.Timeout;

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("HARD question", stream: true)));

        Assert.Equal("private-small", response.Headers.GetValues("x-router-route").Single());
        Assert.StartsWith("closed -> private-small; azure-openai: Timeout", response.Headers.GetValues("x-router-fallback").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_FallbackAnswers_BodyCarriesFallbackUsed()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.FailOverWith = BackendFailure.Throttled;

        var body = await Json.ReadAsync(await app.Client().PostAsync("/api/route", Json.Body(new { messages = new[] { new { role = "user", content = "HARD question" } } })));

        var used = body.GetProperty("fallbackUsed");
        Assert.Equal(("closed", "private-small"), (used.GetProperty("from").GetString(), used.GetProperty("to").GetString()));
        Assert.Contains("Throttled", used.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("private-small", body.GetProperty("decision").GetProperty("route").GetString());
    }
}
