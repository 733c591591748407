using Router.Resilience.Tests.Support;
using Router.Tests.Fakes;

namespace Router.Resilience.Tests;

/// <summary>The app says at startup which cache and ledger it uses, embedded defaults included, and never a secret.</summary>
public sealed class StartupReportTests
{
    private const string Category = "Router.Functions.Hosting.StartupReport";

    [Fact]
    public async Task Start_NothingConfigured_SaysItUsesTheEmbeddedDefaults()
    {
        using var worker = new FakeGpuWorkerServer();
        using var closed = new FakeAzureOpenAiServer();
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl);

        var report = Report(app);

        Assert.Contains(report, m => m.StartsWith("cache: in-memory", StringComparison.Ordinal) && m.Contains("embedded in-memory default", StringComparison.Ordinal));
        Assert.Contains(report, m => m.StartsWith("ledger: local SQLite file", StringComparison.Ordinal) && m.Contains("embedded local ledger default", StringComparison.Ordinal));
        AssertNoSecrets(report);
    }

    [Fact]
    public async Task Start_RedisAndTablesConfigured_NamesThemWithoutTheirKeys()
    {
        using var redis = await PrivateRedis.StartAsync();
        using var azurite = await PrivateAzurite.StartAsync();
        using var worker = new FakeGpuWorkerServer();
        using var closed = new FakeAzureOpenAiServer();
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl, s =>
        {
            s["Cache:Redis:ConnectionString"] = redis.ConnectionString + ",password=redis-secret-123";
            s["Ledger:Tables:ConnectionString"] = azurite.ConnectionString;
        });

        var report = Report(app);

        Assert.Contains(report, m => m.StartsWith($"cache: Redis at 127.0.0.1:{redis.Port}", StringComparison.Ordinal) && m.Contains("Redis configured", StringComparison.Ordinal));
        Assert.Contains(report, m => m.StartsWith("ledger: Azure Table Storage at http://127.0.0.1:", StringComparison.Ordinal) && m.Contains("Table Storage configured", StringComparison.Ordinal));
        AssertNoSecrets(report);
        Assert.DoesNotContain(report, m => m.Contains("redis-secret-123", StringComparison.Ordinal));
        var accountKey = azurite.ConnectionString.Split(';').Single(p => p.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];
        Assert.DoesNotContain(report, m => m.Contains(accountKey, StringComparison.Ordinal));
    }

    private static List<string> Report(RouterApp app) =>
        app.Logs.GetSnapshot().Where(r => r.Category == Category).Select(r => r.Message).ToList();

    private static void AssertNoSecrets(List<string> report)
    {
        Assert.NotEmpty(report);
        Assert.DoesNotContain(report, m => m.Contains("test-key", StringComparison.Ordinal) || m.Contains(RouterApp.AcmeKey, StringComparison.Ordinal));
    }
}
