using System.Text.Json;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;

namespace Router.Tests.Accounting.Ledger;

/// <summary>Ledger rows and per-test stores for the ledger, roll-up and reporting tests.</summary>
internal static class LedgerTestData
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static LedgerEntry Entry(string tenant, string requestId, DateTimeOffset? at = null, decimal cost = 0.0012m,
        decimal premium = 0.0150m, string route = "private-small", string model = "qwen2.5-7b", bool cacheHit = false,
        double latencyMs = 120, string sensitivity = "none") => new()
    {
        TenantId = tenant,
        RequestId = requestId,
        Timestamp = at ?? Noon,
        Source = "http",
        Route = route,
        Backend = route == "closed" ? "azure-openai" : "gpu-worker",
        Model = model,
        Sensitivity = sensitivity,
        EntityTypes = sensitivity == "none" ? [] : ["email", "cn_resident_id"],
        Difficulty = 0.31,
        Threshold = 0.5,
        Reasons = ["difficulty 0.31 < 0.50", "tenant default"],
        CacheHit = cacheHit,
        PromptTokens = 812,
        CompletionTokens = 95,
        InputPricePerMillionUsd = 2.5m,
        OutputPricePerMillionUsd = 10m,
        CostUsd = cost,
        PremiumCostUsd = premium,
        LatencyMs = latencyMs,
        GpuSeconds = 0.42,
        Status = "ok",
    };

    /// <summary>Records compare lists by reference; JSON compares every value, decimals with their scale.</summary>
    public static void AssertSame(LedgerEntry expected, LedgerEntry actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    public static IOptions<LedgerOptions> TableOptions(string connectionString, string spoolDirectory) =>
        Options.Create(new LedgerOptions
        {
            SpoolDirectory = spoolDirectory,
            Tables = new LedgerTablesOptions
            {
                ConnectionString = connectionString,
                TablePrefix = TestEnvironment.UniqueId("t"),
                MaxRetries = 0,
                NetworkTimeout = TimeSpan.FromSeconds(5),
            },
        });

    public static IOptions<LedgerOptions> SqliteOptions(string directory) =>
        Options.Create(new LedgerOptions { SqlitePath = Path.Combine(directory, "ledger.db"), SpoolDirectory = Path.Combine(directory, "spool") });

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "router-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Azurite's connection string with the table endpoint moved to a port nothing listens on.</summary>
    public static string UnreachableStorage() => ProxiedStorage(TestEnvironment.ClosedPort());

    /// <summary>Azurite's account with the table endpoint on another loopback port (a proxy, or nothing).</summary>
    public static string ProxiedStorage(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
}
