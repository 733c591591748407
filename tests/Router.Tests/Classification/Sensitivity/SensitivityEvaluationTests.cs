using Router.Classification;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Request-level recall and false-positive rate on a generated zh/en corpus with hard negatives. The
/// generator is independent of the detectors (own checksums, formats varied), and the seed is fixed.
/// </summary>
public sealed class SensitivityEvaluationTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;

    [Fact]
    public void Classify_GeneratedCorpus_MeetsRecallAndFalsePositiveTargets()
    {
        var generator = new SensitivityCorpusGenerator(new Random(Seed));
        var positives = generator.Positives(1200).ToList();
        var negatives = generator.Negatives(1200).ToList();
        var classifier = SensitivityClassifierFactory.Create();
        var terms = SensitivityCorpusGenerator.TenantTerms;

        var missed = positives.Where(p => !classifier.Classify([p.Text], terms).IsSensitive).ToList();
        var falsePositives = negatives
            .Select(n => (n.Text, Verdict: classifier.Classify([n.Text], terms)))
            .Where(x => x.Verdict.IsSensitive).ToList();
        var wrongType = positives.Count(p => !classifier.Classify([p.Text], terms).Entities.Any(e => e.Type == p.ExpectedType));

        var recall = 1.0 - (double)missed.Count / positives.Count;
        var falsePositiveRate = (double)falsePositives.Count / negatives.Count;
        output.WriteLine($"recall {recall:F4} ({positives.Count - missed.Count}/{positives.Count}), FPR {falsePositiveRate:F4} ({falsePositives.Count}/{negatives.Count}), expected type missing in {wrongType}");
        foreach (var group in positives.GroupBy(p => p.ExpectedType))
        {
            var hit = group.Count(p => classifier.Classify([p.Text], terms).Entities.Any(e => e.Type == group.Key));
            output.WriteLine($"  {group.Key,-20} type recall {(double)hit / group.Count():F3} ({hit}/{group.Count()})");
        }
        foreach (var miss in missed.Take(20))
        {
            output.WriteLine($"MISSED [{miss.ExpectedType}] {miss.Text}");
        }
        foreach (var (text, verdict) in falsePositives.Take(20))
        {
            output.WriteLine($"FALSE POSITIVE [{string.Join(',', verdict.EntityTypeCounts.Keys)}] {text}");
        }

        Assert.True(recall >= 0.98, $"recall {recall:F4} < 0.98");
        Assert.True(falsePositiveRate <= 0.05, $"false-positive rate {falsePositiveRate:F4} > 0.05");
    }

    [Fact]
    public void Classify_GeneratedCorpusAsMessages_ReportsMessageIndex()
    {
        var generator = new SensitivityCorpusGenerator(new Random(Seed));
        var negative = generator.Negatives(1).Single().Text;
        var positive = generator.Positives(1).Single();

        var verdict = SensitivityClassifierFactory.Create().Classify([negative, positive.Text], []);

        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.All(verdict.Entities, e => Assert.Equal(1, e.MessageIndex));
    }
}
