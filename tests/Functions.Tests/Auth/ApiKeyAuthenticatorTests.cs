using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Router.Functions.Auth;
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

    [Fact]
    public void Authenticate_KeyRotatedAndConfigurationReloaded_NewKeyOnly()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:ApiKeys:old-key"] = "acme" })
            .Build();
        var authenticator = new ApiKeyAuthenticator(configuration);
        Assert.Equal("acme", authenticator.Authenticate(WithKey("old-key"))?.TenantId);

        configuration["Auth:ApiKeys:old-key"] = "";
        configuration["Auth:ApiKeys:new-key"] = "acme";
        configuration.Reload();

        Assert.Null(authenticator.Authenticate(WithKey("old-key")));
        Assert.Equal("acme", authenticator.Authenticate(WithKey("new-key"))?.TenantId);
    }

    private static HttpRequest WithKey(string key)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["api-key"] = key;
        return context.Request;
    }
}
