using System.Text.Json;
using Router.Classification;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Development figures on presidio-research's generated English sentences (../shared/data/pii). Not a
/// generalisation claim and not tuned against: it prints per-type recall and request-level figures and
/// asserts only loose sanity bounds.
/// </summary>
[Trait("Category", "Dev")]
public sealed class PresidioDevEvaluationTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string[]> Covered = new()
    {
        ["EMAIL_ADDRESS"] = ["email"],
        ["PHONE_NUMBER"] = ["phone", "cn_mobile"],
        ["CREDIT_CARD"] = ["payment_card"],
        ["IBAN_CODE"] = ["iban"],
        ["US_SSN"] = ["us_ssn"],
        ["IP_ADDRESS"] = ["ip_address"],
        ["US_DRIVER_LICENSE"] = ["driver_license"],
    };

    [Fact]
    public void Classify_PresidioGenerated_PrintsRecallPerCoveredType()
    {
        var sentences = Load();
        var classifier = SensitivityClassifierFactory.Create();
        var found = Covered.Keys.ToDictionary(k => k, _ => 0);
        var total = Covered.Keys.ToDictionary(k => k, _ => 0);
        int positives = 0, truePositives = 0, negatives = 0, falsePositives = 0;
        var falsePositiveTypes = new Dictionary<string, int>();

        foreach (var sentence in sentences)
        {
            var verdict = classifier.Classify([sentence.Text], []);
            var gold = sentence.Spans.Where(s => Covered.ContainsKey(s.Type)).ToList();
            foreach (var span in gold)
            {
                total[span.Type]++;
                if (verdict.Entities.Any(e => Covered[span.Type].Contains(e.Type) && e.Start < span.End && span.Start < e.End))
                {
                    found[span.Type]++;
                }
            }
            if (gold.Count > 0)
            {
                positives++;
                truePositives += verdict.IsSensitive ? 1 : 0;
            }
            else if (sentence.ContextualKind is null)
            {
                // Sentences the policy calls personal data in context are scored by ContextualEvaluationTests.
                negatives++;
                falsePositives += verdict.IsSensitive ? 1 : 0;
                foreach (var type in verdict.Entities.Select(e => e.Type).Distinct())
                {
                    falsePositiveTypes[type] = falsePositiveTypes.GetValueOrDefault(type) + 1;
                }
            }
        }

        foreach (var type in Covered.Keys)
        {
            output.WriteLine($"{type,-14} recall {(double)found[type] / total[type]:F3} ({found[type]}/{total[type]})");
        }
        var recall = (double)truePositives / positives;
        var falsePositiveRate = (double)falsePositives / negatives;
        output.WriteLine($"request-level recall {recall:F3} ({truePositives}/{positives}), FPR {falsePositiveRate:F3} ({falsePositives}/{negatives})");
        output.WriteLine("false positives by entity type: " + string.Join(", ", falsePositiveTypes.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));

        Assert.True(recall > 0.8, $"request-level recall {recall:F3}");
        Assert.True(falsePositiveRate < 0.2, $"false-positive rate {falsePositiveRate:F3}");
    }

    private sealed record GoldSpan(string Type, int Start, int End);

    private sealed record Sentence(string Text, IReadOnlyList<GoldSpan> Spans, string? ContextualKind);

    private static List<Sentence> Load()
    {
        var path = FindDataFile(Path.Combine("shared", "data", "pii", "presidio_generated_large.json"));
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.EnumerateArray().Select(e =>
        {
            List<GoldSpan> spans = [.. e.GetProperty("spans").EnumerateArray().Select(s => new GoldSpan(
                s.GetProperty("entity_type").GetString()!,
                s.GetProperty("start_position").GetInt32(),
                s.GetProperty("end_position").GetInt32()))];
            var text = e.GetProperty("full_text").GetString()!;
            var kind = ContextualEvaluation.ContextualKind(e.GetProperty("masked").GetString()!, spans.Select(s => s.Type).ToHashSet(), ContextualEvaluation.HasFullName(e, text));
            return new Sentence(text, spans, kind);
        })];
    }

    /// <summary>Finds ../shared from the worktree root by walking up from the test binaries.</summary>
    internal static string FindDataFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, relative), Path.Combine(dir.FullName, "..", relative) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new FileNotFoundException($"Dev data not found: ../{relative} relative to the repository root.");
    }
}
