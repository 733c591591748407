using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification;

namespace Router.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Router.Benchmarks -- time [seconds] [sample…]</c>: the benchmark's own call
/// (sensitivity and difficulty through DI) in a loop, timed by this thread's CPU time, after a warm-up. For A/B
/// comparisons on a shared machine, where BenchmarkDotNet's wall-clock figures are too noisy; rounds of two builds
/// alternated back to back are comparable, absolute figures are not.
/// </summary>
internal static class ClassifierTiming
{
    private static readonly string[] ConfidentialTerms = ["Project Falcon", "猎鹰计划"];

    /// <param name="secondsPerSample">How long to time each sample; a negative value -n runs exactly n calls after
    /// a warm-up of n calls (for counting instructions with <c>perf stat</c>, which load does not change).</param>
    public static void Run(double secondsPerSample, IReadOnlyCollection<string> only)
    {
        var fixedCalls = secondsPerSample < 0 ? (int)-secondsPerSample : 0;
        using var services = BenchmarkServices.Create();
        var sensitivity = services.GetRequiredService<ISensitivityClassifier>();
        var difficulty = services.GetRequiredService<IDifficultyScorer>();
        double Call(string[] texts) => sensitivity.Classify(texts, ConfidentialTerms).Entities.Count + difficulty.Score(texts[0]);

        foreach (var (sample, text) in SampleTexts.All)
        {
            if (only.Count > 0 && !only.Contains(sample))
            {
                continue;
            }
            var texts = new[] { text };
            // Warm-up: let tiered compilation reach its optimised code before timing.
            var warm = Stopwatch.StartNew();
            for (var i = 0; fixedCalls > 0 ? i < fixedCalls : warm.Elapsed.TotalSeconds < Math.Min(1.0, secondsPerSample); i++)
            {
                Call(texts);
            }
            var iterations = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var cpu = ThreadClock.Now();
            while (fixedCalls > 0 ? iterations < fixedCalls : clock.Elapsed.TotalSeconds < secondsPerSample || iterations < 20)
            {
                Call(texts);
                iterations++;
            }
            var cpuNs = ThreadClock.Now() - cpu;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var kb = SampleTexts.Kilobytes(sample);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample,-12} cpu {cpuNs / 1000.0 / iterations / kb,7:0.0} µs/KB  wall {clock.Elapsed.TotalMicroseconds / iterations / kb,7:0.0} µs/KB  alloc {allocated / iterations / 1024.0,7:0.0} KB/call  ({iterations} runs)"));
        }
    }
}
