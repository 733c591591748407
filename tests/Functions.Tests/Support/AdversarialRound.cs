using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Classification;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Support;

/// <summary>
/// What every attack round's endpoint tests do: post a body through the HTTP endpoint with the real classifier (plain or
/// streaming, asking for the closed model or leaving the choice to the router) and check where it went. Each round keeps
/// only its bodies and the values its headers must never echo.
/// </summary>
internal static class AdversarialRound
{
    /// <summary>A body asking for the closed model is kept private, and its values never reach a header.</summary>
    public static async Task SpellingStaysPrivateAsync(string fields, string kind, bool stream, IReadOnlyList<string> neverInHeaders)
    {
        await using var app = await StartAsync();

        var response = await PostAsync(app, ClosedModel(fields, stream));

        AssertKeptPrivate(response, kind, neverInHeaders);
        if (stream)
        {
            Assert.Contains("data: [DONE]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEqual(FakePolicy.ClosedModel, app.Fakes.Dispatch.LastRequest?.Model);
        }
    }

    /// <summary>A body that names no model, or <c>auto</c>, behind a hard prompt is kept private too.</summary>
    public static async Task AutoStaysPrivateAsync(string fields, IReadOnlyList<string> neverInHeaders)
    {
        await using var app = await StartAsync();

        var response = await PostAsync(app, $"{{{fields}}}");

        AssertKeptPrivate(response, "auto", neverInHeaders);
    }

    /// <summary>An ordinary text next to the attack's classes still goes to the closed model it asked for.</summary>
    public static async Task OrdinaryGoesClosedAsync(string fields, bool stream)
    {
        await using var app = await StartAsync();

        var response = await PostAsync(app, ClosedModel(fields, stream));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("sensitive", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
        Assert.Equal(FakePolicy.ClosedModel, app.Fakes.Dispatch.LastRequest?.Model);
    }

    private static Task<TestApp> StartAsync() =>
        TestApp.StartAsync(services: s => s.RemoveAll<IRequestClassifier>().AddSingleton<IRequestClassifier, RequestClassifier>());

    private static string ClosedModel(string fields, bool stream) =>
        $"{{\"model\":\"{FakePolicy.ClosedModel}\",{(stream ? "\"stream\":true," : "")}{fields}}}";

    private static Task<HttpResponseMessage> PostAsync(TestApp app, string body) =>
        app.Client().PostAsync("/api/v1/chat/completions", Json.Body(body));

    private static void AssertKeptPrivate(HttpResponseMessage response, string kind, IReadOnlyList<string> neverInHeaders)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = response.Headers.GetValues("x-router-route").Single();
        var reasons = response.Headers.GetValues("x-router-reasons").Single();
        Assert.True(route.StartsWith("private", StringComparison.Ordinal), $"{kind}: route {route} ({reasons})");
        Assert.Contains("sensitive", reasons, StringComparison.Ordinal);
        var headers = string.Concat(response.Headers.SelectMany(h => h.Value));
        foreach (var value in neverInHeaders)
        {
            Assert.DoesNotContain(value, headers, StringComparison.Ordinal);
        }
    }
}
