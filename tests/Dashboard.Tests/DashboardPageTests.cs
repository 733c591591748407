using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Router.Functions.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Router.Functions.Dashboard.Tests;

/// <summary>The page in a real browser against the real app and ledger: the figures a manager reads are exact.</summary>
public sealed class DashboardPageTests(DashboardApp app, Browser browser) : IClassFixture<DashboardApp>, IClassFixture<Browser>, IAsyncLifetime
{
    private static readonly string Range = $"Showing {SeedRows.From:yyyy-MM-dd} to {SeedRows.Today:yyyy-MM-dd}";

    [Fact]
    public async Task Tiles_ManagerKey_ShowExactTotalsOfEveryTenant()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        await ExpectTilesAsync(page, ExpectedTiles.From(SeedRows.All));
        await Expect(page.Locator("#tenant option")).ToHaveTextAsync(["All tenants", SeedRows.Bank, SeedRows.Research]);
        await Expect(page.Locator("#top tbody tr")).ToHaveCountAsync(SeedRows.All.Count);
        await Expect(page.GetByTestId("breakeven")).ToContainTextAsync("tokens/month");

        // The README's picture (the manager's view of the seeded week) is refreshed only when asked, so a test run
        // leaves the checkout as it found it.
        var screenshot = await page.ScreenshotAsync(new() { FullPage = true, Path = Screenshots.File("dashboard-1366x900.png") });
        if (Screenshots.UpdateDocs)
        {
            await File.WriteAllBytesAsync(RepoRoot.Combine("docs", "dashboard.png"), screenshot);
        }
    }

    [Fact]
    public async Task GpuTiles_ManagerKey_ShowBilledSplitUtilisationAndCostPerThousandRequests()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        await Expect(page.GetByTestId("gpu-billed")).ToHaveTextAsync(ExpectedTiles.Usd(SeedRows.GpuWindows.Sum(w => w.BilledUsd)));
        await Expect(page.GetByTestId("gpu-allocated")).ToHaveTextAsync(ExpectedTiles.Usd(SeedRows.GpuWindows.Sum(w => w.AllocatedUsd)));
        await Expect(page.GetByTestId("gpu-idle")).ToHaveTextAsync(ExpectedTiles.Usd(SeedRows.GpuWindows.Sum(w => w.IdleUsd)));
        await Expect(page.GetByTestId("gpu-cold-start")).ToHaveTextAsync(ExpectedTiles.Usd(SeedRows.GpuWindows.Sum(w => w.ColdStartUsd)));
        await Expect(page.GetByTestId("gpu-utilisation")).ToHaveTextAsync("25.0%");
        await Expect(page.GetByTestId("cost-per-1000")).ToHaveTextAsync(ExpectedTiles.Usd(1000m * SeedRows.All.Sum(r => r.CostUsd) / SeedRows.All.Count));
        await Expect(page.Locator("#c-gpu")).ToHaveAttributeAsync("aria-label", new Regex("^Private GPU billed .+: used by calls .+, idle .+, cold start "));
        await Expect(page.GetByTestId("breakeven")).ToContainTextAsync("measured 25.0% busy");
    }

    [Fact]
    public async Task Tiles_FilterByServedModel_ShowThoseRowsExactTotals()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        await page.GetByLabel("Served by", new() { Exact = true }).SelectOptionAsync("qwen2.5-32b-instruct");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        // Seeded rows predate the served-model column: each counts as served by its catalogue model.
        await ExpectTilesAsync(page, ExpectedTiles.From(SeedRows.All.Where(r => r.Model == "qwen2.5-32b-instruct")));
    }

    [Fact]
    public async Task Tiles_FilterByTenant_ShowThatTenantsExactTotals()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        await page.GetByLabel("Tenant", new() { Exact = true }).SelectOptionAsync(SeedRows.Research);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page.Locator("#status")).ToHaveTextAsync($"{Range} for tenant {SeedRows.Research}.");
        var research = ExpectedTiles.From(SeedRows.ForTenant(SeedRows.Research));
        Assert.NotEqual(ExpectedTiles.From(SeedRows.All), research);
        await ExpectTilesAsync(page, research);
        await Expect(page.Locator("#top tbody tr")).ToHaveCountAsync(SeedRows.ForTenant(SeedRows.Research).Count());
    }

    [Fact]
    public async Task Tiles_FilterByRoute_ShowThatRoutesExactTotals()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        await page.GetByLabel("Route", new() { Exact = true }).SelectOptionAsync("closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await ExpectTilesAsync(page, ExpectedTiles.From(SeedRows.All.Where(r => r.Route == "closed")));
        await Expect(page.Locator("#top tbody tr")).ToHaveCountAsync(SeedRows.All.Count(r => r.Route == "closed"));
    }

    [Fact]
    public async Task Waterfall_Loaded_StepsFromAllPremiumAddUpToActualSpendToTheCent()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);
        var rows = SeedRows.All;
        var (routing, batch, cache) = ExpectedTiles.SavingsOf(rows);
        var (premium, actual) = (rows.Sum(r => r.PremiumCostUsd), rows.Sum(r => r.CostUsd));

        var labels = await page.EvaluateAsync<string[]>("Chart.getChart('c-waterfall').data.labels");
        var bars = await page.EvaluateAsync<double[][]>("Chart.getChart('c-waterfall').data.datasets[0].data");

        Assert.Equal(["All premium", "Routing saves", "Batch pricing saves", "Cache saves", "Actual spend"], labels);
        Assert.True(batch > 0.01m && routing > batch && cache > 0m, "the seeded week has every kind of saving");
        // Each bar's height is its figure; each saving floats from where the bar before it ended; the last ends on the actual spend.
        AssertToTheCent([premium, routing, batch, cache, actual], bars.Select(b => b[1] - b[0]));
        AssertToTheCent([premium, premium - routing, premium - routing - batch], [bars[0][1], bars[2][1], bars[3][1]]);
        AssertToTheCent([premium, premium - routing, premium - routing - batch], [bars[1][1], bars[1][0], bars[2][0]]);
        AssertToTheCent([actual, 0m, actual], [bars[3][0], bars[4][0], bars[4][1]]);
        await Expect(page.Locator("#c-waterfall")).ToHaveAttributeAsync("aria-label",
            $"Savings waterfall: all-premium {ExpectedTiles.Usd(premium)}, routing saves {ExpectedTiles.Usd(routing)}, " +
            $"batch pricing saves {ExpectedTiles.Usd(batch)}, cache saves {ExpectedTiles.Usd(cache)}, actual {ExpectedTiles.Usd(actual)}");
    }

    /// <summary>The page computes in doubles from the API's exact decimals: each figure within half a cent.</summary>
    private static void AssertToTheCent(IEnumerable<decimal> expected, IEnumerable<double> shown) =>
        Assert.All(expected.Zip(shown, (e, s) => (e, s)), p => Assert.True(Math.Abs((double)p.e - p.s) < 0.005, $"{p.s} is not {p.e} to the cent"));

    [Theory]
    [InlineData(0.000042, "$0.000042")]
    [InlineData(0.0049, "$0.0049")]
    [InlineData(0.25, "$0.25")]
    [InlineData(1234.5, "$1,234.50")]
    [InlineData(0, "$0.00")]
    public async Task Usd_SubCentAmounts_ShowTheirFirstSignificantDigits(double value, string shown)
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        Assert.Equal(shown, await page.EvaluateAsync<string>("v => fmt.usd(v)", value));
        Assert.Equal(shown, ExpectedTiles.Usd((decimal)value));
    }

    [Fact]
    public async Task Page_UnknownKey_SaysWhyNothingLoaded()
    {
        var page = await browser.NewPageAsync(1366, 900);
        await page.GotoAsync(new Uri(app.BaseAddress, "/api/dashboard").ToString());

        await page.GetByLabel("API key", new() { Exact = true }).FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page.Locator("#status")).ToHaveTextAsync(new Regex("^Could not load: Missing or unknown API key"));
        await Expect(page.GetByTestId("spend")).ToHaveTextAsync("–");
    }

    [Fact]
    public async Task Page_TenantKey_SeesOnlyItsOwnTenant()
    {
        var page = await OpenAsync(DashboardApp.BankKey, 1366, 900, $"{Range} for tenant {SeedRows.Bank}.");

        await ExpectTilesAsync(page, ExpectedTiles.From(SeedRows.ForTenant(SeedRows.Bank)));
        await Expect(page.Locator("#tenant option")).ToHaveTextAsync(["All tenants", SeedRows.Bank]);
        await Expect(page.Locator("#top tbody")).Not.ToContainTextAsync(SeedRows.Research);
        await Expect(page.Locator("#c-budget")).ToHaveAttributeAsync("aria-label", new Regex($"^Budget burn today: {SeedRows.Bank} [^,]+$"));
        await Expect(page.Locator("#c-tenant")).Not.ToHaveAttributeAsync("aria-label", new Regex(SeedRows.Research));
    }

    [Fact]
    public async Task ExportCsv_Clicked_DownloadsTheRowsOnScreen()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var lines = await File.ReadAllLinesAsync(await download.PathAsync());

        Assert.Equal($"router-costs-{SeedRows.From:yyyy-MM-dd}-{SeedRows.Today:yyyy-MM-dd}.csv", download.SuggestedFilename);
        Assert.StartsWith("section,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"totals,,,,,,{SeedRows.All.Count},", StringComparison.Ordinal));
        foreach (var row in SeedRows.All.Where(r => r.RequestId != SeedRows.FormulaRequestId))
        {
            Assert.Single(lines, l => l.StartsWith("request,", StringComparison.Ordinal) && l.Contains($",{row.RequestId},", StringComparison.Ordinal)
                && l.Contains($",{row.TenantId},", StringComparison.Ordinal));
        }

        // OWASP CSV injection: no cell may start with = + - @ tab or CR; such text gets a leading apostrophe.
        var formula = Assert.Single(lines, l => l.Contains(SeedRows.FormulaRequestId, StringComparison.Ordinal));
        Assert.Contains(",\"'-2+3\",", formula, StringComparison.Ordinal);
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://x\"\")\"", formula, StringComparison.Ordinal);
        Assert.DoesNotContain(lines.SelectMany(l => l.Split(',')), c => c.Length > 0 && "=+@\t\r".Contains(c[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_PhoneViewport_FitsTheScreenWidth()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 390, 844);

        await ExpectTilesAsync(page, ExpectedTiles.From(SeedRows.All));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a 390px phone screen.");
        await page.ScreenshotAsync(new() { FullPage = true, Path = Screenshots.File("dashboard-390x844.png") });
    }

    [Fact]
    public async Task Charts_Loaded_HaveLabelsThatSayWhatTheyShow()
    {
        var page = await OpenAsync(DashboardApp.ManagerKey, 1366, 900);
        var all = ExpectedTiles.From(SeedRows.All);

        await Expect(page.Locator("#c-waterfall")).ToHaveAttributeAsync("aria-label", new Regex(Regex.Escape($"actual {all.Spend}")));
        await Expect(page.Locator("#c-tenant")).ToHaveAttributeAsync("aria-label", new Regex($"{SeedRows.Bank} .*{SeedRows.Research} |{SeedRows.Research} .*{SeedRows.Bank} "));
        await Expect(page.Locator("#c-daily")).ToHaveAttributeAsync("aria-label", new Regex("over 7 days: closed "));
        await Expect(page.Locator("#c-breakeven")).ToHaveAttributeAsync("aria-label", new Regex("^Break-even at .+ tokens per month"));
        foreach (var control in new[] { "API key", "From", "To", "Tenant", "Route", "Model" })
        {
            await Expect(page.GetByLabel(control, new() { Exact = true })).ToBeVisibleAsync();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Assert.Empty(browser.BlockedRequests);
        return Task.CompletedTask;
    }

    private async Task<IPage> OpenAsync(string key, int width, int height, string? status = null)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync(new Uri(app.BaseAddress, "/api/dashboard").ToString());
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(key);
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(SeedRows.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(SeedRows.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync(status ?? $"{Range}.");
        return page;
    }

    private static async Task ExpectTilesAsync(IPage page, ExpectedTiles expected)
    {
        await Expect(page.GetByTestId("spend")).ToHaveTextAsync(expected.Spend);
        await Expect(page.GetByTestId("requests")).ToHaveTextAsync(expected.Requests);
        await Expect(page.GetByTestId("savings")).ToHaveTextAsync(expected.Savings);
        await Expect(page.GetByTestId("savings-routing")).ToHaveTextAsync(expected.RoutingSavings);
        await Expect(page.GetByTestId("savings-batch")).ToHaveTextAsync(expected.BatchSavings);
        await Expect(page.GetByTestId("savings-cache")).ToHaveTextAsync(expected.CacheSavings);
        await Expect(page.GetByTestId("sensitive-private")).ToHaveTextAsync(expected.SensitivePrivate);
        await Expect(page.GetByTestId("cache-rate")).ToHaveTextAsync(expected.CacheRate);
        await Expect(page.GetByTestId("latency")).ToHaveTextAsync(expected.Latency);
    }
}
