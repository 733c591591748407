using System.Globalization;
using BenchmarkDotNet.Running;
using Router.Benchmarks;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ClassificationBenchmarks).Assembly).Run(args);

// The figure that matters, printed plainly (target: ≤ 50 µs/KB for sensitivity + difficulty on one core).
foreach (var summary in summaries)
{
    foreach (var benchmarkCase in summary.BenchmarksCases)
    {
        if (MicrosecondsPerKilobyteColumn.Value(summary, benchmarkCase) is { } perKb)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{benchmarkCase.Descriptor.WorkloadMethodDisplayInfo} {benchmarkCase.Parameters.PrintInfo}: {perKb:0.00} µs/KB"));
        }
    }
}
