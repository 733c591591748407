using Microsoft.Extensions.Options;
using Router.Backends.AzureOpenAi;
using Router.Backends.GpuWorker;

namespace Router.Backends;

/// <summary>
/// Lines for the startup report: every backend and its state, and for every route the backend that serves it and
/// what happens to a request decided for a route no backend serves (an explicit fallback, or a 503).
/// </summary>
internal sealed class BackendStateReport(IOptions<RouterOptions> router, IOptions<AzureOpenAiOptions> azure, IOptions<GpuWorkerOptions> worker)
{
    public IReadOnlyList<string> Lines()
    {
        var deployments = azure.Value.Deployments;
        var lines = new List<string>
        {
            deployments.Count == 0
                ? $"backend {BackendNames.AzureOpenAi}: NOT CONFIGURED ({AzureOpenAiOptions.SectionName}:Deployments is empty)"
                : $"backend {BackendNames.AzureOpenAi}: {deployments.Count} deployment(s) serving {string.Join(", ", deployments.Select(d => d.Model).Distinct(StringComparer.Ordinal))}, "
                  + (string.IsNullOrEmpty(azure.Value.ApiKey) ? "signed in with DefaultAzureCredential" : "signed in with an API key"),
            $"backend {BackendNames.GpuWorker}: {worker.Value.BaseUrl} (a cold or unreachable worker is waited for up to {worker.Value.ColdStartWait.TotalSeconds:0} s per call)",
        };

        foreach (var (route, target) in router.Value.Routes.OrderBy(r => r.Key))
        {
            var served = $"route {route.ToWireName()} -> {target.Backend} {target.Model}";
            var missing = target.Backend == BackendNames.AzureOpenAi && !deployments.Any(d => string.Equals(d.Model, target.Model, StringComparison.Ordinal))
                ? $"no {BackendNames.AzureOpenAi} deployment serves {target.Model}"
                : null;
            lines.Add(missing is null
                ? $"{served}: ready"
                : $"{served}: NO BACKEND ({missing}); a request decided for it is {WhatHappens(route)}");
        }

        return lines;
    }

    // Mirrors the policy's fallback choice (Routing's FallbackSelector).
    private static string WhatHappens(Route route) => route switch
    {
        Route.Closed or Route.PrivateLarge =>
            "answered by private-small where the tenant may use it, marked as a fallback (x-router-fallback header, /api/route fallbackUsed, "
            + "the ledger row's FallbackFrom and FallbackReason); otherwise it fails with 503",
        _ => "answered by private-large (sensitive work) or closed (other work, where the tenant allows closed fallback), "
            + "marked as a fallback; otherwise it fails with 503",
    };
}
