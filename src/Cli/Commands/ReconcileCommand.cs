using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;
using Router.Accounting.GpuTime;
using Router.Accounting.Reconciliation;

namespace Router.Cli.Commands;

/// <summary><c>router reconcile --cost-export FILE</c>: the Azure bill per day and meter beside the ledger, with the difference.</summary>
internal static class ReconcileCommand
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var export = new Option<FileInfo>("--cost-export") { Description = "Azure Cost Management export (cost details CSV)", Required = true };
        export.AcceptExistingOnly();
        var command = new Command("reconcile", "Compare an Azure Cost Management export with the ledger, per day and meter (OpenAI tokens, Container Apps GPU, Functions, Redis, Storage).") { export };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(export)!;
            IReadOnlyList<BillLine> bill;
            try
            {
                using var reader = new StreamReader(file.FullName);
                bill = CostExportReader.Read(reader);
            }
            catch (Exception e) when (e is FormatException or IOException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {file.Name}: {e.Message}");
                return 2;
            }

            if (bill.Count == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {file.Name} has no charge lines.");
                return 2;
            }

            var output = parse.InvocationConfiguration.Output;
            foreach (var currency in bill.Select(l => l.Currency).Distinct(StringComparer.OrdinalIgnoreCase).Where(c => !c.Equals("USD", StringComparison.OrdinalIgnoreCase)))
            {
                parse.InvocationConfiguration.Error.WriteLine($"warning: the export is billed in {currency}; the ledger is in USD, so differences include the exchange rate.");
            }

            var provider = services();
            var (from, to) = (bill.Min(l => l.Day), bill.Max(l => l.Day));
            var rows = new List<LedgerEntry>();
            await foreach (var row in provider.GetRequiredService<ISpendLedger>().QueryAsync(new LedgerQuery(from, to), cancellationToken))
            {
                rows.Add(row);
            }

            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var windows = (await provider.GetRequiredService<IGpuUsageStore>().AllocationsAsync(start.AddDays(-1), start.AddDays(to.DayNumber - from.DayNumber + 1), cancellationToken))
                .Where(w => DateOnly.FromDateTime(w.WindowEnd.UtcDateTime) >= from && DateOnly.FromDateTime(w.WindowEnd.UtcDateTime) <= to).ToList();

            var lines = Reconciler.Reconcile(bill, rows, windows);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Day",-10}  {"Meter",-18} {"Bill USD",14} {"Ledger USD",14} {"Difference",14}"));
            foreach (var l in lines)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{l.Day:yyyy-MM-dd}  {l.Meter,-18} {Money(l.BillUsd),14} {(l.LedgerPrices ? Money(l.LedgerUsd) : "not in ledger"),14} {Money(l.DifferenceUsd),14}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"total",-10}  {"",-18} {Money(lines.Sum(l => l.BillUsd)),14} {Money(lines.Sum(l => l.LedgerUsd)),14} {Money(lines.Sum(l => l.DifferenceUsd)),14}"));
            return 0;
        });
        return command;
    }

    /// <summary>Sub-cent amounts keep their digits (a day of a few calls costs fractions of a cent).</summary>
    private static string Money(decimal value) => value.ToString("0.00####", CultureInfo.InvariantCulture);
}
