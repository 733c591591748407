using Microsoft.Extensions.DependencyInjection;
using Router.Functions.Tests.Support;
using Router.Functions.Timers;

namespace Router.Functions.Tests.Endpoints;

public sealed class GpuUsageFunctionTests
{
    private sealed class FakeTick(Exception? failure = null) : IGpuUsageTick
    {
        public int Runs { get; private set; }

        public Task<GpuTickSummary> RunAsync(CancellationToken cancellationToken = default)
        {
            Runs++;
            if (failure is not null)
            {
                throw failure;
            }

            var at = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
            return Task.FromResult(new GpuTickSummary(at.AddMinutes(-5), at, 300m, 0.0627m, 3, 0, true));
        }
    }

    [Fact]
    public async Task Post_TimerInvocation_RunsOneTickAndReportsTheWindow()
    {
        var tick = new FakeTick();
        await using var app = await TestApp.StartAsync(services: s => s.AddSingleton<IGpuUsageTick>(tick));

        var (status, body) = await Invocation.PostAsync(app.Client(null), "GpuUsage", Invocation.Timer());

        Assert.Equal((200, 1), (status, tick.Runs));
        Assert.Equal(0.0627m, body.GetProperty("ReturnValue").GetProperty("billedUsd").GetDecimal());
        Assert.Contains("300 replica seconds", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TickFails_Answers500SoTheHostLogsTheFailure()
    {
        await using var app = await TestApp.StartAsync(services: s => s.AddSingleton<IGpuUsageTick>(new FakeTick(new InvalidOperationException("store down"))));

        var (status, body) = await Invocation.PostAsync(app.Client(null), "GpuUsage", Invocation.Timer());

        Assert.Equal(500, status);
        Assert.Contains("InvalidOperationException", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }
}
