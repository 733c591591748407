using Router.Classification;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// The identifier breadth prompts (<see cref="IdentifierBreadthCorpus"/>), by class: every positive of a class is
/// sensitive and every hard negative is not. Three seeds, so a class is held by its format rather than one draw.
/// </summary>
public sealed class IdentifierBreadthTests(ITestOutputHelper output)
{
    private static readonly int[] Seeds = [15, 1504, 2026];

    public static TheoryData<string> Kinds() =>
    [
        "card_iin", "card_called", "resident_id", "phone_national", "phone_local", "driver_licence", "passport", "ssn", "iban",
        "neg_business_number", "neg_lookalike",
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Classify_BreadthClass_EveryPositiveFoundAndEveryNegativeClean(string kind)
    {
        var classifier = SensitivityClassifierFactory.Create();
        var items = Seeds.SelectMany(s => new IdentifierBreadthCorpus(s).Build()).Where(i => i.Kind == kind).ToList();
        Assert.NotEmpty(items);

        var wrong = items.Where(i => classifier.Classify(i.Texts, SensitivityScope.None).IsSensitive != i.Sensitive).ToList();

        foreach (var item in wrong)
        {
            output.WriteLine($"{(item.Sensitive ? "MISS" : "FP  ")} {item}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {items.Count} {kind} prompts misclassified; first: {wrong.FirstOrDefault()}");
    }

    /// <summary>Tuning view: per-class figures and every miss or false positive with the entity types found.</summary>
    [Fact]
    [Trait("Category", "Dev")]
    public void Classify_BreadthCorpus_PrintsRecallFalsePositivesAndMisses()
    {
        var classifier = SensitivityClassifierFactory.Create();
        var items = Seeds.SelectMany(s => new IdentifierBreadthCorpus(s).Build()).ToList();

        var results = items.Select(i => (Item: i, Verdict: classifier.Classify(i.Texts, SensitivityScope.None))).ToList();

        foreach (var kind in results.GroupBy(r => r.Item.Kind))
        {
            var right = kind.Count(r => r.Item.Sensitive == r.Verdict.IsSensitive);
            output.WriteLine($"{kind.Key,-20} {(kind.First().Item.Sensitive ? "recall" : "clean ")} {right}/{kind.Count()}");
        }
        foreach (var (item, verdict) in results.Where(r => r.Item.Sensitive != r.Verdict.IsSensitive))
        {
            output.WriteLine($"{(item.Sensitive ? "MISS" : "FP  ")} {item.Kind,-20} {string.Join(",", verdict.Entities.Select(e => e.Type)),-20} {item}");
        }
        Assert.NotEmpty(results);
    }
}
