using Router.Classification;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifier tuning prompts (<see cref="IdentifierTuningCorpus"/>): tuning data, so misses and false positives are
/// printed in full. The held-out look-alikes (<c>Data/identifier-heldout.tsv</c>) are scored separately, counts only.
/// </summary>
[Trait("Category", "Dev")]
public sealed class IdentifierTuningTests(ITestOutputHelper output)
{
    [Fact]
    public void Classify_IdentifierTuningCorpus_PrintsRecallFalsePositivesAndMisses()
    {
        var classifier = SensitivityClassifierFactory.Create();
        var items = new IdentifierTuningCorpus(seed: 15).Build();

        var results = items.Select(i => (Item: i, Verdict: classifier.Classify(i.Texts, SensitivityScope.None))).ToList();

        foreach (var kind in results.GroupBy(r => r.Item.Kind))
        {
            var positives = kind.Count(r => r.Item.Sensitive);
            var negatives = kind.Count(r => !r.Item.Sensitive);
            output.WriteLine($"{kind.Key,-20} recall {Ratio(kind.Count(r => r.Item.Sensitive && r.Verdict.IsSensitive), positives)}  FPR {Ratio(kind.Count(r => !r.Item.Sensitive && r.Verdict.IsSensitive), negatives)}");
        }
        var recall = Ratio(results.Count(r => r.Item.Sensitive && r.Verdict.IsSensitive), results.Count(r => r.Item.Sensitive));
        var falsePositives = Ratio(results.Count(r => !r.Item.Sensitive && r.Verdict.IsSensitive), results.Count(r => !r.Item.Sensitive));
        output.WriteLine($"all                  recall {recall}  FPR {falsePositives}");
        foreach (var (item, verdict) in results.Where(r => r.Item.Sensitive != r.Verdict.IsSensitive))
        {
            var types = string.Join(",", verdict.Entities.Select(e => e.Type));
            output.WriteLine($"{(item.Sensitive ? "MISS" : "FP  ")} {item.Kind,-20} {types,-20} {item}");
        }

        Assert.True(results.Count(r => r.Item.Sensitive && r.Verdict.IsSensitive) >= 0.9 * results.Count(r => r.Item.Sensitive), $"recall {recall}");
    }

    private static string Ratio(int hits, int total) => total == 0 ? "  -  " : $"{(double)hits / total:F3} ({hits}/{total})";
}
