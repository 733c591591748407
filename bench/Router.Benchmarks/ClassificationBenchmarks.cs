using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification;

namespace Router.Benchmarks;

/// <summary>Sensitivity and difficulty together on one text, via the DI-registered implementations.</summary>
[Config(typeof(PerKilobyteConfig))]
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private static readonly string[] ConfidentialTerms = ["Project Falcon", "猎鹰计划"];
    private ServiceProvider? _services;
    private ISensitivityClassifier _sensitivity = null!;
    private IDifficultyScorer _difficulty = null!;
    private string[] _texts = [];

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => SampleTexts.All.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Create();
        _sensitivity = _services.GetRequiredService<ISensitivityClassifier>();
        _difficulty = _services.GetRequiredService<IDifficultyScorer>();
        _texts = [SampleTexts.All[Sample]];
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    public double SensitivityAndDifficulty()
    {
        var verdict = _sensitivity.Classify(_texts, ConfidentialTerms);
        return _difficulty.Score(_texts[0]) + verdict.Entities.Count;
    }
}
