using System.Globalization;
using BenchmarkDotNet.Running;
using Router.Benchmarks;

if (args is ["profile", ..])
{
    DetectorProfile.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 2);
    return;
}

if (args is ["time", ..])
{
    ClassifierTiming.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 2, args.Skip(2).ToArray());
    return;
}

if (args is ["dump", var requests, var verdicts])
{
    VerdictDump.Run(requests, verdicts);
    return;
}

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
