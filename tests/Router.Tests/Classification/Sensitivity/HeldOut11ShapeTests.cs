using Router.Tests.Classification.Sensitivity.Support;
using Xunit.Abstractions;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the eleventh author's held-out sets (contextual-heldout-11.tsv, identifier-heldout-11.tsv).
/// They only load the files: the classifier is never called here, so the sets stay a blind measure.
/// </summary>
public sealed class HeldOut11ShapeTests(ITestOutputHelper output)
{
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout11.py";

    private static readonly string[] ContextualSensitiveKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds =
        ["glued", "cf", "split", "dots", "base64", "digits", "fullwidth"];

    private static List<HeldOutRow> Load(string fileName)
    {
        var header = ReadHeader(fileName);
        Assert.True(header.Count > 0, $"{fileName} must start with # header lines");
        Assert.Contains(header, l => l.Contains("s21-author11", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("NEVER tune", StringComparison.Ordinal));
        return ReadRows(fileName);
    }

    [Fact]
    public void ContextualSet_HasBothLabelsAndEveryKindInBothLanguages()
    {
        var rows = Load("contextual-heldout-11.tsv");

        Assert.InRange(rows.Count, 450, 560);
        Assert.InRange(rows.Count(r => r.Label == 1), 300, 340);
        Assert.True(rows.Count(r => r.Label == 0) >= 170, "at least 170 hard negatives");
        foreach (var kind in ContextualSensitiveKinds)
        {
            var ofKind = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(ofKind.Count(r => HasHan(r.Text)) >= 22, $"{kind}: at least 22 zh rows");
            Assert.True(ofKind.Count(r => !HasHan(r.Text)) >= 20, $"{kind}: at least 20 en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.InRange(negatives.Count(r => HasHan(r.Text)), negatives.Count * 2 / 5, negatives.Count * 3 / 5);
        Assert.True(negatives.Select(r => r.Kind).Distinct().Count() >= 7, "negatives span at least 7 kinds");
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
    }

    [Fact]
    public void IdentifierSet_HasSensitiveShareAndEveryKind()
    {
        var rows = Load("identifier-heldout-11.tsv");

        Assert.InRange(rows.Count, 330, 450);
        var sensitiveShare = rows.Count(r => r.Label == 1) / (double)rows.Count;
        Assert.InRange(sensitiveShare, 0.5, 0.7);
        Assert.True(rows.Count(r => r.Label == 0) >= 130, "at least 130 number-heavy negatives");

        var minimum = new Dictionary<string, int>
        {
            ["card"] = 40, ["cn_id"] = 12, ["ssn"] = 8, ["iban"] = 15, ["phone"] = 20, ["licence"] = 8,
            ["passport"] = 8, ["key"] = 15,
        };
        foreach (var kind in AdversarialKinds)
        {
            minimum[kind] = 5;
        }

        foreach (var (kind, min) in minimum)
        {
            var count = rows.Count(r => r.Label == 1 && r.Kind == kind);
            Assert.True(count >= min, $"{kind}: {count} sensitive rows, expected at least {min}");
        }

        Assert.Contains(rows, r => r.Kind == "split" && r.Text.Contains('\u241e', StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Kind == "cf" && r.Text.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
        Assert.True(rows.Where(r => r.Label == 0).Select(r => r.Kind).Distinct().Count() >= 10, "negatives span at least 10 kinds");
    }

    [Fact]
    public async Task IdentifierGenerator_Check_RegeneratesTheFileByteIdentically()
    {
        var script = FindInSourceTree(GeneratorPath);
        if (script is null)
        {
            output.WriteLine("skipped: repository source tree not found from the test output folder");
            return;
        }

        var copied = DataPath("identifier-heldout-11.tsv");
        var source = Path.Combine(Path.GetDirectoryName(script)!, "..", "identifier-heldout-11.tsv");
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(copied));

        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }
}
