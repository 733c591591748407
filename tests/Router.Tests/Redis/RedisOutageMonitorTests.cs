using Microsoft.Extensions.Logging;
using Router.Redis;

namespace Router.Tests.Redis;

public sealed class RedisOutageMonitorTests
{
    [Fact]
    public void ReportFailure_RepeatedThenRecovered_OneWarningAndOneRecoveryPerOutage()
    {
        var logger = new FakeLogger<RedisOutageMonitorTests>();
        var monitor = new RedisOutageMonitor("cache", logger);

        monitor.ReportSuccess(monitor.OutagesSoFar);
        monitor.ReportFailure("RedisConnectionException");
        monitor.ReportFailure("RedisTimeoutException");
        Assert.True(monitor.IsDown);
        monitor.ReportSuccess(monitor.OutagesSoFar);
        monitor.ReportSuccess(monitor.OutagesSoFar);
        monitor.ReportFailure("RedisConnectionException");

        Assert.Equal([LogLevel.Warning, LogLevel.Information, LogLevel.Warning], logger.Collector.GetSnapshot().Select(e => e.Level));
    }

    [Fact]
    public void ReportSuccess_OfACallSentBeforeTheOutage_DoesNotEndIt()
    {
        var logger = new FakeLogger<RedisOutageMonitorTests>();
        var monitor = new RedisOutageMonitor("cache", logger);
        var sentBefore = monitor.OutagesSoFar;

        monitor.ReportFailure("RedisConnectionException");
        var sentDuring = monitor.OutagesSoFar;
        monitor.ReportSuccess(sentBefore); // answered late: says nothing about now
        monitor.ReportFailure("RedisConnectionException");

        Assert.True(monitor.IsDown);
        Assert.Equal([LogLevel.Warning], logger.Collector.GetSnapshot().Select(e => e.Level));
        monitor.ReportSuccess(sentDuring);
        Assert.False(monitor.IsDown);
    }
}
