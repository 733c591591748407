using Microsoft.Extensions.Logging;
using Router.Redis;
using Router.Tests.Caching;

namespace Router.Tests.Redis;

public sealed class RedisOutageMonitorTests
{
    [Fact]
    public void ReportFailure_RepeatedThenRecovered_OneWarningAndOneRecoveryPerOutage()
    {
        var logger = new RecordingLogger<RedisOutageMonitorTests>();
        var monitor = new RedisOutageMonitor("cache", logger);

        monitor.ReportSuccess();
        monitor.ReportFailure("RedisConnectionException");
        monitor.ReportFailure("RedisTimeoutException");
        Assert.True(monitor.IsDown);
        monitor.ReportSuccess();
        monitor.ReportSuccess();
        monitor.ReportFailure("RedisConnectionException");

        Assert.Equal([LogLevel.Warning, LogLevel.Information, LogLevel.Warning], logger.Entries.Select(e => e.Level));
    }
}
