using Microsoft.Playwright;

namespace Router.Functions.Dashboard.Tests.Support;

/// <summary>
/// Debian's Chromium (ROUTER_TEST_CHROMIUM, set by scripts/services.sh env) driven by Playwright, headless, with
/// background networking off. Every browser context aborts and records any request that is not to loopback.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumVariable = "ROUTER_TEST_CHROMIUM";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>URLs the page tried to reach off loopback (aborted). Must stay empty.</summary>
    public List<string> BlockedRequests { get; } = [];

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(executable) || !File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"{ChromiumVariable} must name a Chromium executable (it is '{executable}'). Install Debian's chromium and run " +
                "eval \"$(scripts/services.sh env)\", or use scripts/test.sh, which does both.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = Args });
    }

    public async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        await context.RouteAsync("**/*", async route =>
        {
            var uri = new Uri(route.Request.Url);
            if (uri.IsLoopback || uri.Scheme is "data" or "blob")
            {
                await route.ContinueAsync();
                return;
            }

            lock (BlockedRequests)
            {
                BlockedRequests.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
