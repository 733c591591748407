using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification;
using Router.Classification.Sensitivity;

namespace Router.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Router.Benchmarks -- profile [seconds]</c>: where classification time
/// goes, per detector, on each sample. Runs the classifier's own sequence (one view, then every registered detector
/// in order, so caches shared between detectors behave as in production) and attributes the CPU time of this thread
/// to each step (on Linux; wall time elsewhere), which holds up better than wall time on a shared machine. A rough,
/// quick split for finding hot spots; the BenchmarkDotNet figures remain the reported ones.
/// </summary>
internal static class DetectorProfile
{
    public static void Run(double secondsPerSample)
    {
        using var services = BenchmarkServices.Create();
        var detectors = services.GetServices<ISensitivityDetector>().OrderByDescending(d => d.Level).ToArray();
        var difficulty = services.GetRequiredService<IDifficultyScorer>();
        var scope = SensitivityScope.WithTerms(["Project Falcon", "猎鹰计划"]);
        var found = new List<TextSpan>();
        foreach (var (sample, text) in SampleTexts.All)
        {
            var steps = new long[detectors.Length + 2];
            var bytes = new long[detectors.Length + 2];
            var texts = new[] { text };
            var iterations = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < secondsPerSample || iterations < 20)
            {
                var at = ThreadClock.Now();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var input = new ScanInput(texts, scope);
                var now = ThreadClock.Now();
                steps[0] += now - at;
                bytes[0] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                for (var d = 0; d < detectors.Length; d++)
                {
                    at = now;
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                    found.Clear();
                    detectors[d].Detect(input, found);
                    now = ThreadClock.Now();
                    steps[d + 1] += now - at;
                    bytes[d + 1] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
                allocated = GC.GetAllocatedBytesForCurrentThread();
                difficulty.Score(text);
                steps[^1] += ThreadClock.Now() - now;
                bytes[^1] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                iterations++;
            }
            var kb = SampleTexts.Kilobytes(sample);
            double PerKb(long ticks) => ticks / 1000.0 / iterations / kb;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sample}: total {PerKb(steps.Sum()):0.0} µs/KB ({iterations} runs)"));
            var names = new[] { "(view)" }.Concat(detectors.Select(d => d.Name)).Append("(difficulty)").ToArray();
            foreach (var (name, ticks, allocatedBytes) in names.Zip(steps, bytes).OrderByDescending(p => p.Second).Take(16))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-24} {PerKb(ticks),8:0.0} µs/KB {allocatedBytes / 1024.0 / iterations,8:0.0} KB/call"));
            }
        }
    }
}

/// <summary>This thread's CPU time in nanoseconds (Linux clock_gettime), else wall time.</summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static long Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTime, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
