using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Http;

public sealed class EmptyStatusErrorsTests
{
    [Fact]
    public async Task UnknownPath_Returns404WithOpenAiErrorNamingIt()
    {
        await using var app = await TestApp.StartAsync();

        var error = await Json.AssertErrorAsync(await app.Client().GetAsync("/api/v1/nothing-here"), 404);

        Assert.Contains("GET /api/v1/nothing-here", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethod_Returns405WithOpenAiError()
    {
        await using var app = await TestApp.StartAsync();

        var error = await Json.AssertErrorAsync(await app.Client().GetAsync("/api/v1/chat/completions"), 405);

        Assert.Equal("method_not_allowed", error.GetProperty("code").GetString());
    }
}
