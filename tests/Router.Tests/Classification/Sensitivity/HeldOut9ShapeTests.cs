using Router.Tests.Classification.Sensitivity.Support;
using Xunit;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the ninth independent author's sets (contextual-tuning-12, contextual-heldout-9,
/// identifier-heldout-9). They only count rows, labels and kinds: they never call the classifier, and
/// their messages never quote a row, so held-out text cannot leak into test output.
/// </summary>
public sealed class HeldOut9ShapeTests
{
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout9.py";

    private static readonly string[] ContextualKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds =
        ["glued", "cf", "split", "newline", "dotted", "base64", "digits", "fullwidth"];

    [Fact]
    public void ContextualHeldOut9_HasTwentyTwoRowsPerKindPerLanguage_AndHardNegatives()
    {
        var rows = Load("contextual-heldout-9.tsv");

        Assert.InRange(rows.Count, 440, 500);
        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        foreach (var kind in ContextualKinds)
        {
            var ofKind = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(ofKind.Count(r => HasHan(r.Text)) >= 20, $"{kind}: fewer than 20 zh rows");
            Assert.True(ofKind.Count(r => !HasHan(r.Text)) >= 20, $"{kind}: fewer than 20 en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.InRange(negatives.Count, 140, 200);
        Assert.True(negatives.Count(r => HasHan(r.Text)) >= 60, "fewer than 60 zh negatives");
        Assert.True(negatives.Select(r => r.Kind).Distinct().Count() >= 8, "negatives span fewer than 8 kinds");
    }

    [Fact]
    public void ContextualTuning12_IsAboutHalfChinese_WithBothLabels()
    {
        var rows = Load("contextual-tuning-12.tsv");

        Assert.InRange(rows.Count, 140, 180);
        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        Assert.InRange(rows.Count(r => HasHan(r.Text)), rows.Count * 2 / 5, rows.Count * 3 / 5);
        foreach (var kind in ContextualKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 10, $"{kind}: fewer than 10 rows");
        }
    }

    [Fact]
    public void IdentifierHeldOut9_IsAboutTwoThirdsSensitive_AndCoversEveryKind()
    {
        var rows = Load("identifier-heldout-9.tsv");

        Assert.InRange(rows.Count, 280, 340);
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive, rows.Count * 3 / 5, rows.Count * 4 / 5);
        var minimums = new Dictionary<string, int>
        {
            ["card"] = 30, ["card_label"] = 8, ["cn_id"] = 8, ["cn_id15"] = 3, ["ssn"] = 5, ["iban"] = 15,
            ["phone"] = 20, ["licence"] = 6, ["passport"] = 6, ["key"] = 15,
        };
        foreach (var kind in AdversarialKinds)
        {
            minimums[kind] = 3;
        }

        foreach (var (kind, minimum) in minimums)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= minimum, $"{kind}: fewer than {minimum} rows");
        }

        Assert.True(rows.Count(r => r.Label == 0) >= 80, "fewer than 80 number-heavy negatives");
    }

    [Fact]
    public async Task IdentifierHeldOut9_RegeneratesByteIdentically_WhenPythonIsPresent()
    {
        // Without python3 or the source tree there is nothing to check (xunit 2 has no dynamic skip).
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }

    private static List<HeldOutRow> Load(string file)
    {
        var header = ReadHeader(file);
        Assert.NotEmpty(header);
        Assert.Contains(header, l => l.Contains("s19-author9", StringComparison.Ordinal));

        var rows = ReadRows(file);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        return rows;
    }
}
