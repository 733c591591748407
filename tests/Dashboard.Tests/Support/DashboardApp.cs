using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Router.Accounting;
using Router.Classification;
using Router.Requests;

namespace Router.Functions.Dashboard.Tests.Support;

/// <summary>
/// The real function app on a free loopback port with the real embedded SQLite ledger, roll-ups and reporter in a
/// temporary folder, seeded with <see cref="SeedRows"/>. The clock stands at noon of <see cref="SeedRows.Today"/>, so
/// earlier days go through the roll-up path and today through raw rows, as in production.
/// </summary>
public sealed class DashboardApp : IAsyncLifetime
{
    public const string ManagerKey = "manager-key-0001";
    public const string BankKey = "bank-key-0002";
    public const decimal BankBudgetUsd = 50m;
    public const decimal ResearchBudgetUsd = 0.25m;

    private readonly TempFolder _data = new("dashboard-tests");
    private LoopbackApp? _app;

    public Uri BaseAddress => _app!.BaseAddress;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ledger:SqlitePath"] = _data.Combine("ledger.db"),
            ["Ledger:SpoolDirectory"] = _data.Combine("spool"),
            [$"Router:Tenants:{SeedRows.Bank}:DailyBudgetUsd"] = BankBudgetUsd.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Router:Tenants:{SeedRows.Research}:DailyBudgetUsd"] = ResearchBudgetUsd.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Auth:ApiKeys:{ManagerKey}"] = "*",
            [$"Auth:ApiKeys:{BankKey}"] = SeedRows.Bank,
        };
        var clock = new FakeTimeProvider(new DateTimeOffset(SeedRows.Today, new TimeOnly(12, 0), TimeSpan.Zero));
        var app = FunctionsApp.Build(LoopbackApp.Args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            LoopbackApp.QuietLogs(builder.Logging);

            builder.Services.AddSingleton<TimeProvider>(clock);
            // The dashboard never classifies; a stand-in keeps the app startable whatever classifier is wired.
            builder.Services.RemoveAll<IRequestClassifier>().AddSingleton<IRequestClassifier, UnusedClassifier>();
        });
        _app = await LoopbackApp.StartAsync(app);

        var ledger = _app.Services.GetRequiredService<ISpendLedger>();
        foreach (var row in SeedRows.All)
        {
            await ledger.RecordAsync(row);
        }

        var gpuUsage = _app.Services.GetRequiredService<Router.Accounting.GpuTime.IGpuUsageStore>();
        foreach (var window in SeedRows.GpuWindows)
        {
            await gpuUsage.SaveAllocationAsync(window);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private sealed class UnusedClassifier : IRequestClassifier
    {
        public ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The dashboard tests send no chat requests.");
    }
}
