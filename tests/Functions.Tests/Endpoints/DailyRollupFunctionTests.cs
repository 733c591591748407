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

        var (status, body) = await Invocation.PostAsync(app.Client(null), "DailyRollup", Invocation.Timer(pastDue));

        Assert.Equal(200, status);
        Assert.Equal(new SpendReportQuery(new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 22)), app.Fakes.Reporter.LastQuery);
        Assert.Equal("2026-11-22", body.GetProperty("ReturnValue").GetProperty("day").GetString());
        Assert.Equal(pastDue, body.GetProperty("Logs")[0].GetString()!.Contains("past due", StringComparison.Ordinal));
    }
}
