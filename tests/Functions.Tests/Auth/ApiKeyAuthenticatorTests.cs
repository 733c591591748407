using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Auth;

public sealed class ApiKeyAuthenticatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("unknown-key")]
    [InlineData("ACME-KEY-0123")]
    public async Task Authenticate_MissingOrUnknownKey_Returns401OpenAiError(string? key)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client(key).PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        Assert.Equal("invalid_api_key", (await Json.AssertErrorAsync(response, 401)).GetProperty("code").GetString());
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Authenticate_KeyInApiKeyHeaderOrBearer_IsAccepted(bool bearer)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client(TestApp.AcmeKey, bearer).GetAsync("/api/v1/models");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/models")]
    [InlineData("/api/costs")]
    [InlineData("/api/batch/abc")]
    public async Task Authenticate_GetEndpointsWithoutKey_Return401(string path)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client(null).GetAsync(path);

        await Json.AssertErrorAsync(response, 401);
    }
}
