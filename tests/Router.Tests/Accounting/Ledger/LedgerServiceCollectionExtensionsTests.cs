using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;
using Router.Accounting.Ledger.Sqlite;
using Router.Accounting.Ledger.Tables;
using Router.Accounting.Metrics;
using Router.Accounting.Reporting;

namespace Router.Tests.Accounting.Ledger;

public sealed class LedgerServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAccounting_NoTableStorage_SqliteLedgerAndDescription()
    {
        var directory = LedgerTestData.TempDirectory();
        using var services = Build(new() { ["Ledger:SqlitePath"] = Path.Combine(directory, "ledger.db") });

        Assert.IsType<SqliteSpendLedger>(Assert.IsType<MeteredSpendLedger>(services.GetRequiredService<ISpendLedger>()).Inner);
        Assert.IsType<SpendReporter>(services.GetRequiredService<ISpendReporter>());
        Assert.Empty(services.GetServices<IHostedService>());
        Assert.Equal($"ledger: local SQLite file {Path.Combine(directory, "ledger.db")}", services.GetRequiredService<LedgerDescription>().Text);
    }

    [Fact]
    public void AddAccounting_TableConnectionString_TableLedgerWithSpoolFlusher()
    {
        var spool = LedgerTestData.TempDirectory();
        using var services = Build(new()
        {
            ["Ledger:Tables:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Ledger:SpoolDirectory"] = spool,
        });

        Assert.IsType<TableSpendLedger>(Assert.IsType<MeteredSpendLedger>(services.GetRequiredService<ISpendLedger>()).Inner);
        Assert.IsType<LedgerSpoolFlusher>(Assert.Single(services.GetServices<IHostedService>()));
        Assert.StartsWith("ledger: Azure Table Storage at http://127.0.0.1:10002/devstoreaccount1", services.GetRequiredService<LedgerDescription>().Text, StringComparison.Ordinal);
        Assert.Contains(spool, services.GetRequiredService<LedgerDescription>().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ledger:Tables:MaxBacklogRows", "0")]
    [InlineData("Ledger:Tables:MaxRetries", "11")]
    [InlineData("Ledger:Tables:TablePrefix", "1bad")]
    [InlineData("Ledger:SqliteSynchronous", "Off")]
    public void AddAccounting_InvalidSetting_RefusedWithItsName(string key, string value)
    {
        using var services = Build(new()
        {
            ["Ledger:Tables:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Ledger:SpoolDirectory"] = LedgerTestData.TempDirectory(),
            [key] = value,
        });

        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LedgerOptions>>().Value);
        Assert.Contains(key.Split(':')[^1], e.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddAccounting(configuration);
        return services.BuildServiceProvider();
    }
}
