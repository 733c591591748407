using Microsoft.Extensions.Options;
using Router.Backends;
using Router.Backends.AzureOpenAi;
using Router.Backends.GpuWorker;

namespace Router.Tests.Backends;

public sealed class BackendStateReportTests
{
    private static readonly RouterOptions Routes = new()
    {
        PremiumModel = "gpt-4o",
        Routes =
        {
            [Route.PrivateSmall] = new RouteTarget { Backend = BackendNames.GpuWorker, Model = "qwen-small" },
            [Route.Closed] = new RouteTarget { Backend = BackendNames.AzureOpenAi, Model = "gpt-4o" },
        },
    };

    private static IReadOnlyList<string> Lines(params AzureOpenAiDeploymentOptions[] deployments) =>
        new BackendStateReport(Options.Create(Routes), Options.Create(new AzureOpenAiOptions { Deployments = [.. deployments] }), Options.Create(new GpuWorkerOptions()))
            .Lines();

    [Fact]
    public void Lines_NoAzureOpenAi_NameEveryBackendAndSayWhatTheClosedRouteDoes()
    {
        var lines = Lines();

        Assert.Contains(lines, l => l.StartsWith("backend azure-openai: NOT CONFIGURED", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("backend gpu-worker: http://127.0.0.1:8088", StringComparison.Ordinal));
        var closed = Assert.Single(lines, l => l.StartsWith("route closed -> azure-openai gpt-4o", StringComparison.Ordinal));
        Assert.Contains("NO BACKEND", closed, StringComparison.Ordinal);
        Assert.Contains("answered by private-small", closed, StringComparison.Ordinal);
        Assert.Contains("x-router-fallback", closed, StringComparison.Ordinal);
        Assert.Contains("route private-small -> gpu-worker qwen-small: ready", lines);
    }

    [Fact]
    public void Lines_DeploymentServesTheClosedModel_RouteIsReady()
    {
        var lines = Lines(new AzureOpenAiDeploymentOptions { Endpoint = "https://r.example/", Deployment = "d", Model = "gpt-4o" });

        Assert.Contains("route closed -> azure-openai gpt-4o: ready", lines);
        Assert.Contains(lines, l => l.StartsWith("backend azure-openai: 1 deployment(s) serving gpt-4o", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_DeploymentServesAnotherModel_ClosedRouteHasNoBackend() =>
        Assert.Contains(
            Lines(new AzureOpenAiDeploymentOptions { Endpoint = "https://r.example/", Deployment = "d", Model = "gpt-4o-mini" }),
            l => l.StartsWith("route closed -> azure-openai gpt-4o: NO BACKEND (no azure-openai deployment serves gpt-4o)", StringComparison.Ordinal));
}
