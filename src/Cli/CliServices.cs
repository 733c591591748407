using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Cli;

/// <summary>
/// The router's services for the CLI: shipped defaults, then ./appsettings.json, then environment variables
/// (e.g. <c>Router__ClassificationTimeout</c>); options validated and exact-data-match sets loaded before any command runs.
/// </summary>
internal static class CliServices
{
    /// <summary>
    /// Offline, a verdict must not depend on how busy the machine is: the router's per-request budget (250 ms, after
    /// which a request fails closed) would turn a slow line on a loaded machine into "sensitive". A file or variable
    /// that sets <c>Router:ClassificationTimeout</c> still wins, to reproduce the production budget.
    /// </summary>
    internal static readonly TimeSpan OfflineClassificationTimeout = TimeSpan.FromSeconds(30);

    public static IServiceProvider Create()
    {
        var configuration = new ConfigurationBuilder()
            .AddRouterDefaults()
            .AddInMemoryCollection([new("Router:ClassificationTimeout", OfflineClassificationTimeout.ToString("c"))])
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddRouter(configuration);
        var provider = services.BuildServiceProvider();
        provider.GetService<IStartupValidator>()?.Validate();
        // Hosted services do not run here: tenants' exact-data-match sets are loaded now, so `classify` sees them.
        provider.GetRequiredService<EdmSetRegistry>().LoadAllAsync(CancellationToken.None).GetAwaiter().GetResult();
        return provider;
    }
}
