using Microsoft.Extensions.Options;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Auth;

public sealed class ApiKeyTenantsValidatorTests
{
    [Fact]
    public async Task Start_KeyMappedToUnlistedTenant_RefusedNamingTenantNotKey()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestApp.StartAsync(s => s["Auth:ApiKeys:secret-unlisted-key"] = "unlisted"));

        Assert.Contains("'unlisted'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Router:DefaultPolicyTenants", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-unlisted-key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnlistedTenantExplicitlyOnDefaultPolicy_Starts()
    {
        await using var app = await TestApp.StartAsync(s =>
        {
            s["Auth:ApiKeys:unlisted-key"] = "unlisted";
            s["Router:DefaultPolicyTenants:0"] = "unlisted";
        });

        var response = await app.Client("unlisted-key").PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat()));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
