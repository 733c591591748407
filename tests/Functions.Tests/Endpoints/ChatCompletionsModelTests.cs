using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Functions.Tests.Support;
using Router.Routing;

namespace Router.Functions.Tests.Endpoints;

/// <summary>The host accepts exactly the models the real routing policy honours (one catalogue for both).</summary>
public sealed class ChatCompletionsModelTests
{
    // The fakes replace the policy and the prices; these tests need the real ones, which serve and price
    // catalogue models on the closed route.
    private static Task<TestApp> StartWithRealPolicyAsync() =>
        TestApp.StartAsync(services: s =>
        {
            s.RemoveAll<IRoutingPolicy>().AddSingleton<IRoutingPolicy, RuleBasedRoutingPolicy>();
            s.RemoveAll<ICostCalculator>().AddSingleton<ICostCalculator, CostCalculator>();
        });

    [Fact]
    public async Task Post_CatalogueModelNoRouteServes_AcceptedAndHonoured()
    {
        await using var app = await StartWithRealPolicyAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello", "gpt-4o-mini")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("closed", response.Headers.GetValues("x-router-route").Single());
        Assert.Equal("gpt-4o-mini", response.Headers.GetValues("x-router-model").Single());
        Assert.Equal("gpt-4o-mini", app.Fakes.Dispatch.LastRequest!.Model);
    }

    [Fact]
    public async Task Post_CatalogueModelWithSensitiveContent_ReplacedByPrivateRouteWithReason()
    {
        await using var app = await StartWithRealPolicyAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("write to jane.doe@example.com", "gpt-4o-mini")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("closed", response.Headers.GetValues("x-router-route").Single());
        Assert.Contains("caller asked for 'gpt-4o-mini'", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
        Assert.Contains("replaced by a private route", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownModel_Returns404()
    {
        await using var app = await StartWithRealPolicyAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello", "nope")));

        Assert.Equal("model_not_found", (await Json.AssertErrorAsync(response, 404)).GetProperty("code").GetString());
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
    }
}
