using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting.Pricing;
using Router.Functions.Dashboard.Tests.Support;

namespace Router.Functions.Dashboard.Tests.Endpoints.Dashboard;

public sealed class BreakEvenFunctionTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string Range = $"from={SeedRows.From:yyyy-MM-dd}&to={SeedRows.Today:yyyy-MM-dd}";

    [Fact]
    public async Task HandleAsync_ManagerKey_IsTheCalculatorsAnswerWithTheRangeProjectedToThirtyDays()
    {
        var view = await GetAsync(DashboardApp.ManagerKey, Range);

        var expected = Expected("qwen2.5-7b-instruct", SeedRows.All);
        Assert.Equal(expected, view);
    }

    [Fact]
    public async Task HandleAsync_RoutePrivateLarge_UsesThatRoutesModelAndTraffic()
    {
        var view = await GetAsync(DashboardApp.ManagerKey, Range + "&route=private-large");

        Assert.Equal(Expected("qwen2.5-32b-instruct", SeedRows.All.Where(r => r.Route == "private-large")), view);
    }

    [Fact]
    public async Task HandleAsync_TenantKey_CountsOnlyItsOwnTraffic()
    {
        var view = await GetAsync(DashboardApp.BankKey, Range);

        Assert.Equal(Expected("qwen2.5-7b-instruct", SeedRows.ForTenant(SeedRows.Bank)), view);
    }

    [Fact]
    public async Task HandleAsync_TenantKeyNamesAnotherTenant_Returns403()
    {
        using var client = Client(DashboardApp.BankKey);

        using var response = await client.GetAsync(new Uri($"/api/costs/breakeven?{Range}&tenant={SeedRows.Research}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private View Expected(string gpuModel, IEnumerable<Router.Accounting.LedgerEntry> source)
    {
        var rows = source.ToList();
        var prices = app.Services.GetRequiredService<IPriceCatalog>();
        long prompt = rows.Sum(r => r.PromptTokens), completion = rows.Sum(r => r.CompletionTokens);
        var result = BreakEven.Calculate(prices.Get(gpuModel), prices.Get("gpt-4o"), (decimal)prompt / (prompt + completion));
        return new View(gpuModel, "gpt-4o", result.MonthlyGpuCostUsd, result.ApiBlendedPerMillionUsd, result.BreakEvenTokensPerMonth,
            result.CapacityTokensPerMonth, Math.Round((prompt + completion) * 30m / 7m));
    }

    private async Task<View> GetAsync(string key, string query)
    {
        using var client = Client(key);
        using var response = await client.GetAsync(new Uri("/api/costs/breakeven?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<View>(Json))!;
    }

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("api-key", key);
        return client;
    }

    private sealed record View(
        string GpuModel, string ApiModel, decimal GpuMonthlyCostUsd, decimal ApiCostPerMillionTokensUsd,
        decimal? BreakEvenMonthlyTokens, decimal CapacityMonthlyTokens, decimal CurrentMonthlyTokens);
}
