using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Router.Functions.Dashboard.Tests.Support;

namespace Router.Functions.Dashboard.Tests.Endpoints.Dashboard;

public sealed class BudgetsFunctionTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task HandleAsync_ManagerKey_ListsEveryTenantWithTodaysLedgerSpend()
    {
        var rows = await GetAsync(DashboardApp.ManagerKey, "");

        Assert.Equal(new Budget(SeedRows.Bank, DashboardApp.BankBudgetUsd, SpentToday(SeedRows.Bank)), rows.Single(r => r.Tenant == SeedRows.Bank));
        Assert.Equal(new Budget(SeedRows.Research, DashboardApp.ResearchBudgetUsd, SpentToday(SeedRows.Research)), rows.Single(r => r.Tenant == SeedRows.Research));
        // Configured tenants without a limit or spend are listed too, unlimited and at zero.
        Assert.Equal(new Budget("internal-hr", null, 0m), rows.Single(r => r.Tenant == "internal-hr"));
        Assert.Equal(rows.Select(r => r.Tenant).Order(StringComparer.Ordinal), rows.Select(r => r.Tenant));
    }

    [Fact]
    public async Task HandleAsync_ManagerNamesTenant_ListsOnlyThatTenant()
    {
        var rows = await GetAsync(DashboardApp.ManagerKey, $"?tenant={SeedRows.Research}");

        Assert.Equal([new Budget(SeedRows.Research, DashboardApp.ResearchBudgetUsd, SpentToday(SeedRows.Research))], rows);
    }

    [Fact]
    public async Task HandleAsync_TenantKey_ListsOnlyItsOwnTenant()
    {
        var rows = await GetAsync(DashboardApp.BankKey, "");

        Assert.Equal([new Budget(SeedRows.Bank, DashboardApp.BankBudgetUsd, SpentToday(SeedRows.Bank))], rows);
    }

    [Theory]
    [InlineData(DashboardApp.BankKey, $"?tenant={SeedRows.Research}", HttpStatusCode.Forbidden)]
    [InlineData(null, "", HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", "", HttpStatusCode.Unauthorized)]
    public async Task HandleAsync_CallerMayNotSee_IsRefused(string? key, string query, HttpStatusCode expected)
    {
        using var response = await Send(key, query);

        Assert.Equal(expected, response.StatusCode);
    }

    private static decimal SpentToday(string tenant) =>
        SeedRows.ForTenant(tenant).Where(r => DateOnly.FromDateTime(r.Timestamp.UtcDateTime) == SeedRows.Today).Sum(r => r.CostUsd);

    private async Task<Budget[]> GetAsync(string key, string query)
    {
        using var response = await Send(key, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Budget[]>(Json))!;
    }

    private async Task<HttpResponseMessage> Send(string? key, string query)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("api-key", key);
        }

        return await client.GetAsync(new Uri("/api/costs/budgets" + query, UriKind.Relative));
    }

    private sealed record Budget(string Tenant, decimal? DailyBudgetUsd, decimal SpentTodayUsd);
}
