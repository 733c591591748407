using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Benchmarks;

/// <summary>
/// Exact data match with one million registered values: the lookup alone, and the whole classification (sensitivity
/// with the tenant's set, plus difficulty) as the router runs it for that tenant. Setup prints the set's size, build
/// and load times.
/// </summary>
[Config(typeof(PerKilobyteConfig))]
[MemoryDiagnoser]
public class ExactDataMatchBenchmarks
{
    private const string Secret = "benchmark-secret-not-a-real-one-0123456789";
    private static readonly SensitivityScope Tenant = new("bench", ["Project Falcon", "猎鹰计划"], []);
    private readonly List<TextSpan> _found = [];
    private string _folder = "";
    private ServiceProvider? _services;
    private EdmSet _set = null!;
    private ISensitivityClassifier _sensitivity = null!;
    private IDifficultyScorer _difficulty = null!;
    private string[] _texts = [];

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => SampleTexts.All.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("edm-bench").FullName;
        var file = Path.Combine(_folder, "bench.edm");
        var watch = Stopwatch.StartNew();
        var builder = new EdmSetBuilder(new EdmKey(Secret), "bench", "bench-1");
        foreach (var value in EdmValues.Generate())
        {
            if (builder.Add(value) is { } refused)
            {
                throw new InvalidOperationException($"benchmark value refused: {refused}");
            }
        }
        var bytes = EdmSetFile.Serialize(builder.Build(TimeProvider.System));
        File.WriteAllBytes(file, bytes);
        var built = watch.Elapsed;
        watch.Restart();
        _set = EdmSetFile.Deserialize(File.ReadAllBytes(file), file, new EdmKey(Secret));
        Console.WriteLine($"// EDM set: {_set.Header.Count:N0} values, {bytes.Length / 1048576.0:0.0} MiB, built in {built.TotalSeconds:0.0} s, loaded in {watch.Elapsed.TotalMilliseconds:0} ms");

        var configuration = new ConfigurationBuilder().AddRouterDefaults().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Router:Tenants:bench:ExactDataMatch:Source"] = file,
            ["Router:Tenants:bench:ExactDataMatch:Secret"] = Secret,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddRouter(configuration).BuildServiceProvider();
        _services.GetRequiredService<EdmSetRegistry>().LoadAllAsync(CancellationToken.None).GetAwaiter().GetResult();
        _sensitivity = _services.GetRequiredService<ISensitivityClassifier>();
        _difficulty = _services.GetRequiredService<IDifficultyScorer>();
        _texts = [SampleTexts.All[Sample]];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int LookupOnly()
    {
        _found.Clear();
        _set.FindAll(_texts[0], _found);
        return _found.Count;
    }

    [Benchmark]
    public double ClassificationWithSet()
    {
        var verdict = _sensitivity.Classify(_texts, Tenant);
        return _difficulty.Score(_texts[0]) + verdict.Entities.Count;
    }

    [Benchmark(Baseline = true)]
    public double ClassificationWithoutSet()
    {
        var verdict = _sensitivity.Classify(_texts, Tenant with { TenantId = "other" });
        return _difficulty.Score(_texts[0]) + verdict.Entities.Count;
    }
}
