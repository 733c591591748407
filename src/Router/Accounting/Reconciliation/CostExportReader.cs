using System.Globalization;

namespace Router.Accounting.Reconciliation;

/// <summary>One charge line of an Azure Cost Management export (cost details file), reduced to what reconciliation needs.</summary>
internal sealed record BillLine(DateOnly Day, string MeterCategory, string MeterSubCategory, string MeterName, decimal Quantity, decimal Cost, string Currency, string ResourceId);

/// <summary>
/// Reads the CSV that Cost Management exports write (the cost details fields: Date, MeterCategory, MeterSubCategory,
/// MeterName, Quantity, CostInBillingCurrency for MCA or Cost / PreTaxCost for EA and pay-as-you-go, BillingCurrency
/// or Currency, ResourceId or InstanceId). Columns are found by header name, in any order; Date may be MM/dd/yyyy
/// (what exports write) or yyyy-MM-dd. A missing required column or an unreadable line is an error naming the line.
/// </summary>
internal static class CostExportReader
{
    private static readonly string[] CostColumns = ["CostInBillingCurrency", "Cost", "PreTaxCost", "CostInUsd"];
    private static readonly string[] DateFormats = ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss"];

    public static IReadOnlyList<BillLine> Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new FormatException("The cost export is empty.");
        var columns = Split(header.TrimStart('\uFEFF')).Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.OrdinalIgnoreCase);
        int Required(params string[] names) => names.Select(n => columns.TryGetValue(n, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1) is var found and >= 0
            ? found
            : throw new FormatException($"The cost export has no {string.Join(" or ", names)} column (see docs/cost-model.md for the expected columns).");
        int Optional(params string[] names) => names.Select(n => columns.TryGetValue(n, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);

        var date = Required("Date", "UsageDateTime", "UsageDate");
        var category = Required("MeterCategory");
        var cost = Required(CostColumns);
        var subCategory = Optional("MeterSubCategory");
        var name = Optional("MeterName");
        var quantity = Optional("Quantity", "UsageQuantity");
        var currency = Optional("BillingCurrency", "BillingCurrencyCode", "Currency");
        var resource = Optional("ResourceId", "InstanceId");

        var lines = new List<BillLine>();
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = Split(line);
            string At(int i) => i >= 0 && i < f.Count ? f[i] : "";
            if (!DateTime.TryParseExact(At(date), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
            {
                throw new FormatException($"Line {number}: date '{At(date)}' is not MM/dd/yyyy or yyyy-MM-dd.");
            }

            if (!decimal.TryParse(At(cost), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                throw new FormatException($"Line {number}: cost '{At(cost)}' is not a number.");
            }

            _ = decimal.TryParse(At(quantity), NumberStyles.Float, CultureInfo.InvariantCulture, out var qty);
            lines.Add(new BillLine(DateOnly.FromDateTime(day), At(category), At(subCategory), At(name), qty, amount,
                At(currency) is { Length: > 0 } c ? c : "USD", At(resource)));
        }

        return lines;
    }

    /// <summary>RFC 4180 fields: commas inside quotes, doubled quotes.</summary>
    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
