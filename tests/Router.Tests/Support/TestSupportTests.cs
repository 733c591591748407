using Microsoft.Extensions.Logging;

namespace Router.Tests.Support;

/// <summary>The shared test support (tests/TestSupport) does what the other tests rely on.</summary>
public sealed class TestSupportTests
{
    [Fact]
    public async Task WaitForAsync_ConditionNeverHolds_TimesOutNamingWhatAndTheLastValue()
    {
        var probes = 0;

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            Wait.ForAsync(() => Task.FromResult(Interlocked.Increment(ref probes)), _ => false, "the answer", TimeSpan.FromMilliseconds(200)));

        Assert.Contains("waiting for the answer", error.Message, StringComparison.Ordinal);
        Assert.Contains($"last value: {probes}.", error.Message, StringComparison.Ordinal);
        Assert.True(probes > 1, $"probed {probes} time(s)");
    }

    [Fact]
    public async Task WaitForAsync_ConditionHoldsLater_ReturnsTheValueThatMetIt()
    {
        var probes = 0;

        var value = await Wait.ForAsync(() => Task.FromResult(++probes), n => n == 3, "the third probe");

        Assert.Equal(3, value);
        Assert.Equal(3, probes);
    }

    [Fact]
    public async Task LoggedAsync_RecordLoggedBeforeOrAfter_CompletesWithIt()
    {
        var logger = TestLogs.Logger<TestSupportTests>();
        logger.LogInformation("first {Number}", 1);

        var before = logger.LoggedAsync(m => m.StartsWith("first", StringComparison.Ordinal));
        var after = logger.LoggedAsync(m => m.StartsWith("second", StringComparison.Ordinal));
        Assert.False(after.IsCompleted);
        logger.LogWarning("second {Number}", 2);

        Assert.Equal("first 1", (await before).Message);
        var second = await after.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(("second 2", LogLevel.Warning), (second.Message, second.Level));
    }

    [Fact]
    public void LoggedAsync_PlainFakeLogger_SaysHowToMakeOneThatCanBeAwaited()
    {
        var plain = new FakeLogger<TestSupportTests>();

        var error = Assert.Throws<InvalidOperationException>(() => { _ = plain.LoggedAsync(_ => true); });

        Assert.Contains("TestLogs.Logger", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepoRoot_FromTheTestBinaries_IsTheFolderWithTheSolution()
    {
        Assert.True(File.Exists(RepoRoot.Combine("Serverless.sln")), RepoRoot.Path);
        Assert.True(Directory.Exists(RepoRoot.Combine("tests", "TestSupport")), RepoRoot.Path);
    }
}
