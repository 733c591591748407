using System.Globalization;
using Azure.Data.Tables;

namespace Perf;

/// <summary>
/// Every row of the ledger table (<c>--storage</c>, <c>--table</c>), one TSV line each: tenant, request id, cost
/// (USD), status, tokens estimated. For the fault run's lost/duplicated check; test-only.
/// </summary>
internal static class LedgerRowsCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var table = new TableClient(args.Get("storage"), args.Get("table"));
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.GetString("TenantId")}\t{row.GetString("RequestId")}\t{Cost(row)}\t{row.GetString("Status")}"));
        }

        return 0;
    }

    private static string Cost(TableEntity row) => row.TryGetValue("CostUsd", out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";
}
