using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;
using Router.Accounting.GpuTime;
using Router.Cli;
using Router.Tests.Accounting.Ledger;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Cli;

/// <summary>A hand-written export in the documented cost details format (EA / pay-as-you-go column names, the
/// MM/dd/yyyy dates exports write, a quoted field with a comma) against a ledger with known rows.</summary>
public sealed class ReconcileCommandTests : IDisposable
{
    private static readonly string[] Export =
    [
        "SubscriptionId,Date,ProductName,MeterCategory,MeterSubCategory,MeterName,Quantity,EffectivePrice,CostInBillingCurrency,BillingCurrency,ResourceId",
        "sub-1,12/01/2026,\"Azure OpenAI, gpt-4o\",Cognitive Services,Azure OpenAI,gpt-4o-1120 inp Data Zone Tokens,0.0025,2.75,0.006875,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai",
        "sub-1,12/01/2026,\"Azure OpenAI, gpt-4o\",Cognitive Services,Azure OpenAI,gpt-4o-1120 outp Data Zone Tokens,0.0004,11,0.0044,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/oai",
        "sub-1,12/01/2026,Azure Container Apps,Azure Container Apps,Serverless GPU,Standard NC8as T4 GPU Seconds,1060,0.001,1.06,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.App/containerApps/ca-gpu",
        "sub-1,12/01/2026,Functions,Functions,Flex Consumption,On Demand Execution Time,1200,0.0000026,0.00312,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Web/sites/func",
        "sub-1,12/01/2026,Azure Cache for Redis,Redis Cache,Basic,C0 Cache Instance,24,0.022,0.528,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Cache/Redis/redis",
        "sub-1,12/01/2026,Tables,Storage,Tables,LRS Write Operations,1,0.0004,0.0004,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st",
        "sub-1,12/02/2026,Tables,Storage,Tables,LRS Write Operations,1,0.0004,0.0004,USD,/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st",
    ];

    private static readonly DateTimeOffset Day1 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _export = CliFixtures.TempFile(Export);

    public void Dispose() => File.Delete(_export);

    private static async Task<(int Exit, string Output, string Error)> Run(string file, FakeLedger ledger, InMemoryGpuUsageStore store)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var services = new ServiceCollection().AddSingleton<ISpendLedger>(ledger).AddSingleton<IGpuUsageStore>(store).BuildServiceProvider();
        var exit = await RouterCli.Create(() => services).Parse(["reconcile", "--cost-export", file])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static (string Bill, string Ledger, string Difference) Line(string output, string day, string meter)
    {
        var match = Regex.Match(output, $@"^{day}\s+{meter}\s+(\S+)\s+(not in ledger|\S+)\s+(\S+)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no line for {day} {meter} in:\n{output}");
        return (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
    }

    [Fact]
    public async Task Reconcile_HandWrittenExport_BillBesideLedgerPerDayAndMeterWithTheDifference()
    {
        var ledger = new FakeLedger();
        // The closed call the OpenAI lines bill: 2,500 prompt tokens (none cached) + 400 output at the data zone price.
        await ledger.RecordAsync(LedgerTestData.Entry("acme", "closed-1", at: Day1.AddHours(9), route: "closed", cost: 0.011275m));
        await ledger.RecordAsync(LedgerTestData.Entry("acme", "private-1", at: Day1.AddHours(10), cost: 0.05m));
        var store = new InMemoryGpuUsageStore();
        await store.SaveAllocationAsync(new GpuAllocation { WindowStart = Day1.AddHours(10), WindowEnd = Day1.AddHours(10).AddMinutes(5), PriceModel = "gpu", RatePerSecondUsd = 0.001m, BilledUsd = 0.96m });
        await store.SaveAllocationAsync(new GpuAllocation { WindowStart = Day1.AddHours(11), WindowEnd = Day1.AddHours(11).AddMinutes(5), PriceModel = "gpu", RatePerSecondUsd = 0.001m, BilledUsd = 0.09m });

        var (exit, output, _) = await Run(_export, ledger, store);

        Assert.Equal(0, exit);
        Assert.Equal(("0.011275", "0.011275", "0.00"), Line(output, "2026-12-01", "OpenAI tokens"));
        Assert.Equal(("1.06", "1.05", "0.01"), Line(output, "2026-12-01", "Container Apps GPU"));
        Assert.Equal(("0.00312", "not in ledger", "0.00312"), Line(output, "2026-12-01", "Functions"));
        Assert.Equal(("0.528", "not in ledger", "0.528"), Line(output, "2026-12-01", "Redis"));
        Assert.Equal(("0.0004", "not in ledger", "0.0004"), Line(output, "2026-12-01", "Storage"));
        Assert.Equal(("0.0004", "not in ledger", "0.0004"), Line(output, "2026-12-02", "Storage"));
    }

    [Fact]
    public async Task Reconcile_ExportWithoutMeterCategory_FailsNamingTheColumn()
    {
        var bad = CliFixtures.TempFile("Date,Cost", "12/01/2026,1.00");
        try
        {
            var (exit, _, error) = await Run(bad, new FakeLedger(), new InMemoryGpuUsageStore());

            Assert.Equal(2, exit);
            Assert.Contains("no MeterCategory column", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task Reconcile_UnreadableCost_FailsNamingTheLine()
    {
        var bad = CliFixtures.TempFile("Date,MeterCategory,Cost", "12/01/2026,Storage,1.00", "12/01/2026,Storage,abc");
        try
        {
            var (exit, _, error) = await Run(bad, new FakeLedger(), new InMemoryGpuUsageStore());

            Assert.Equal(2, exit);
            Assert.Contains("Line 3: cost 'abc'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}

/// <summary>IGpuUsageStore in memory, for tests.</summary>
internal sealed class InMemoryGpuUsageStore : IGpuUsageStore
{
    private readonly List<GpuUsageSample> _samples = [];
    private readonly SortedDictionary<DateTimeOffset, GpuAllocation> _allocations = [];

    public Task AddSampleAsync(GpuUsageSample sample, CancellationToken cancellationToken = default)
    {
        _samples.Add(sample);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GpuUsageSample>> SamplesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GpuUsageSample>>(_samples.Where(s => s.SampledAt >= from && s.SampledAt < to).OrderBy(s => s.SampledAt).ToList());

    public Task SaveAllocationAsync(GpuAllocation allocation, CancellationToken cancellationToken = default)
    {
        _allocations[allocation.WindowStart] = allocation;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GpuAllocation>> AllocationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GpuAllocation>>(_allocations.Values.Where(a => a.WindowStart >= from && a.WindowStart < to).ToList());
}
