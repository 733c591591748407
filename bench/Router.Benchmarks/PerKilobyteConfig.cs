using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Router.Benchmarks;

/// <summary>Adds a "µs/KB" column: mean time divided by the sample's UTF-8 size.</summary>
internal sealed class PerKilobyteConfig : ManualConfig
{
    public PerKilobyteConfig() => AddColumn(new MicrosecondsPerKilobyteColumn());
}

internal sealed class MicrosecondsPerKilobyteColumn : IColumn
{
    public string Id => "us-per-KB";
    public string ColumnName => "µs/KB";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean time per KB (1024 UTF-8 bytes) of text, in microseconds";

    public static double? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is { } ns && benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Sample")?.Value is string sample
            ? ns / 1000.0 / SampleTexts.Kilobytes(sample)
            : null;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        Value(summary, benchmarkCase)?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
