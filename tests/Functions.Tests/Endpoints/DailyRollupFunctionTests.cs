using System.Globalization;
using Router.Accounting;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

public sealed class DailyRollupFunctionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_TimerInvocation_RollsUpPreviousUtcDay(bool pastDue)
    {
        await using var app = await TestApp.StartAsync();
        foreach (var (id, at) in new[] { ("yesterday", "2026-11-22T10:00:00Z"), ("today", "2026-11-23T01:00:00Z") })
        {
            await app.Fakes.Ledger.RecordAsync(new LedgerEntry
            {
                TenantId = "acme", RequestId = id, Timestamp = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), Source = "http",
                Route = "closed", Backend = "azure-openai", Model = "gpt-closed", Sensitivity = "None", Status = "ok", CostUsd = 0.5m,
            });
        }

        var (status, body) = await Invocation.PostAsync(app.Client(null), "DailyRollup", Invocation.Timer(pastDue));

        Assert.Equal(200, status);
        var result = body.GetProperty("ReturnValue");
        Assert.Equal("2026-11-22", result.GetProperty("day").GetString());
        Assert.Equal(1, result.GetProperty("requests").GetInt64());
        Assert.Equal(pastDue, body.GetProperty("Logs")[0].GetString()!.Contains("past due", StringComparison.Ordinal));
    }
}
