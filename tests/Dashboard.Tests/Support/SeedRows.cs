using Router.Accounting;

namespace Router.Functions.Dashboard.Tests.Support;

/// <summary>
/// Known ledger rows over the week to <see cref="Today"/>, across two tenants, all three routes, cache hits and
/// sensitive rows. Money has at most four decimals and latencies are powers of two, so the page's figures (rounded
/// to four decimals, latency histogram bucket bounds) can be predicted exactly.
/// </summary>
internal static class SeedRows
{
    public const string Bank = "acme-bank";
    public const string Research = "contoso-research";
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateOnly From = Today.AddDays(-6);

    /// <summary>Two GPU windows: 900 replica seconds billed, 225 of them busy (25 %); billed = use + idle + cold start.</summary>
    public static IReadOnlyList<Router.Accounting.GpuTime.GpuAllocation> GpuWindows { get; } =
    [
        Gpu(-2, 10, billedSeconds: 600, busy: 150, billed: 0.1253m, allocated: 0.0313m, idle: 0.0835m, cold: 0.0105m),
        Gpu(-1, 14, billedSeconds: 300, busy: 75, billed: 0.0627m, allocated: 0.0157m, idle: 0.0470m, cold: 0m),
    ];

    private static Router.Accounting.GpuTime.GpuAllocation Gpu(int day, int hour, decimal billedSeconds, decimal busy, decimal billed, decimal allocated, decimal idle, decimal cold)
    {
        var start = new DateTimeOffset(Today.AddDays(day), new TimeOnly(hour, 0), TimeSpan.Zero);
        return new()
        {
            WindowStart = start, WindowEnd = start.AddMinutes(5), PriceModel = "qwen2.5-7b-instruct", RatePerSecondUsd = billed / billedSeconds,
            Replicas = 1, BilledSeconds = billedSeconds, BusySeconds = busy, BilledUsd = billed, AllocatedUsd = allocated, IdleUsd = idle, ColdStartUsd = cold,
        };
    }

    public static IReadOnlyList<LedgerEntry> All { get; } =
    [
        Row(Bank, -6, "closed", "gpt-4o", "none", false, 1200, 400, 0.0070m, 0.0070m, 1024, "difficulty>=threshold"),
        Row(Bank, -6, "private-small", "qwen2.5-7b-instruct", "pii", false, 800, 300, 0.0012m, 0.0050m, 256, "sensitive:Email", "private-only"),
        Row(Bank, -5, "private-large", "qwen2.5-32b-instruct", "confidential", false, 3000, 900, 0.0096m, 0.0165m, 2048, "confidential-term", "private-only"),
        Row(Bank, -4, "private-small", "qwen2.5-7b-instruct", "none", true, 500, 200, 0m, 0.0033m, 8, "cache-hit"),
        Row(Bank, -3, "closed", "gpt-4o", "none", false, 2500, 1500, 0.0213m, 0.0213m, 4096, "difficulty>=threshold"),
        Row(Bank, -2, "private-small", "qwen2.5-7b-instruct", "none", false, 600, 250, 0.0008m, 0.0040m, 128, "difficulty<threshold"),
        Row(Bank, 0, "private-small", "qwen2.5-7b-instruct", "pii", false, 900, 350, 0.0011m, 0.0058m, 256, "sensitive:Phone", "private-only"),
        Row(Bank, 0, "closed", "gpt-4o", "none", false, 4000, 2000, 0.0300m, 0.0300m, 2048, "difficulty>=threshold"),
        Row(Research, -6, "closed", "gpt-4o", "none", false, 5000, 3000, 0.0425m, 0.0425m, 4096, "difficulty>=threshold"),
        Row(Research, -5, "private-small", "qwen2.5-7b-instruct", "none", true, 700, 300, 0m, 0.0048m, 4, "cache-hit"),
        Row(Research, -4, "closed", "gpt-4o", "pii", false, 1500, 800, 0.0118m, 0.0118m, 1024, "sensitive:Email", "tenant-allows-closed"),
        Row(Research, -3, "private-large", "qwen2.5-32b-instruct", "none", false, 2200, 700, 0.0070m, 0.0125m, 1024, "difficulty<threshold"),
        Row(Research, -1, "private-small", "qwen2.5-7b-instruct", "none", false, 400, 150, 0.0005m, 0.0025m, 64, "difficulty<threshold"),
        Row(Research, 0, "closed", "gpt-4o", "none", false, 6000, 2500, 0.0400m, 0.0400m, 8192, "difficulty>=threshold"),
        Row(Research, 0, "private-small", "qwen2.5-7b-instruct", "none", true, 650, 280, 0m, 0.0044m, 2, "cache-hit"),
        // Queue messages sent through the Batch API: billed at the batch price, with the model's standard price beside it.
        Batch(Row(Bank, -1, "closed", "gpt-4o", "none", false, 8000, 2000, 0.0200m, 0.0400m, 4194304, "difficulty>=threshold", "batch: completion window 24h"), 0.0400m),
        Batch(Row(Research, -2, "closed", "gpt-4o-mini", "none", false, 10000, 2000, 0.0014m, 0.0450m, 2097152, "batch: completion window 24h"), 0.0028m),
        Batch(Row(Research, 0, "closed", "gpt-4o", "none", false, 4000, 1200, 0.0110m, 0.0220m, 4194304, "batch: completion window 24h"), 0.0220m),
        // Caller-controlled text a spreadsheet would run as a formula: the CSV export must neutralise it.
        Row(Research, -2, "private-small", "qwen2.5-7b-instruct", "none", false, 300, 100, 0.0004m, 0.0018m, 32, "=HYPERLINK(\"http://x\")") with { RequestId = FormulaRequestId },
    ];

    /// <summary>A valid request id (letters, digits, '.', '_', '-') that a spreadsheet would read as a formula.</summary>
    public const string FormulaRequestId = "-2+3";

    public static IEnumerable<LedgerEntry> ForTenant(string? tenant) => All.Where(r => tenant is null || r.TenantId == tenant);

    private static LedgerEntry Batch(LedgerEntry row, decimal standard) =>
        row with { Source = "queue", DeploymentType = "GlobalBatch", StandardCostUsd = standard };

    private static LedgerEntry Row(
        string tenant, int dayOffset, string route, string model, string sensitivity, bool cacheHit,
        int prompt, int completion, decimal cost, decimal premium, double latencyMs, params string[] reasons)
    {
        var index = Interlocked.Increment(ref _next);
        return new LedgerEntry
        {
            TenantId = tenant,
            RequestId = $"req-{index:D3}",
            Timestamp = new DateTimeOffset(Today.AddDays(dayOffset), new TimeOnly(8 + index % 6, 5 * index % 60), TimeSpan.Zero),
            Source = "http",
            Route = route,
            Backend = route == "closed" ? "azure-openai" : "gpu-worker",
            Model = model,
            Sensitivity = sensitivity,
            Reasons = reasons,
            CacheHit = cacheHit,
            PromptTokens = prompt,
            CompletionTokens = completion,
            CostUsd = cost,
            PremiumCostUsd = premium,
            LatencyMs = latencyMs,
            Status = "ok",
        };
    }

    private static int _next;
}
