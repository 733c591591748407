using Router.Tests.Classification.Sensitivity.Support;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the tenth independent author's sets (contextual-tuning-13, contextual-heldout-10,
/// identifier-heldout-10). They only count rows, labels and kinds so that a truncated or malformed file fails
/// loudly; they never run the classifier and never print a row (held-out rows must stay unseen).
/// </summary>
public sealed class HeldOut10ShapeTests
{
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout10.py";

    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    [Fact]
    public void ContextualTuning13_HasBothLabelsEveryKindAndBothLanguages()
    {
        var rows = Load("contextual-tuning-13.tsv");

        Assert.InRange(rows.Count, 150, 200);
        Assert.InRange(rows.Count(r => r.Label == 0), 40, 120);
        foreach (var kind in ContextualKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 10, $"tuning-13: too few sensitive rows of kind {kind}");
        }

        var zh = rows.Count(r => HasHan(r.Text));
        Assert.InRange(zh, rows.Count * 2 / 5, rows.Count * 3 / 5);
    }

    [Fact]
    public void ContextualHeldOut10_Has22SensitiveRowsPerKindPerLanguageAndHardNegatives()
    {
        var rows = Load("contextual-heldout-10.tsv");

        Assert.InRange(rows.Count, 440, 520);
        foreach (var kind in ContextualKinds)
        {
            var sensitive = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(sensitive.Count(r => HasHan(r.Text)) == 22, $"heldout-10: kind {kind} needs 22 zh rows");
            Assert.True(sensitive.Count(r => !HasHan(r.Text)) == 22, $"heldout-10: kind {kind} needs 22 en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.InRange(negatives.Count, 150, 200);
        Assert.InRange(negatives.Count(r => HasHan(r.Text)), negatives.Count * 2 / 5, negatives.Count * 3 / 5);
        foreach (var kind in new[] { "public", "historical", "fiction", "travel", "company", "general", "template", "explain", "marker", "date" })
        {
            Assert.True(negatives.Count(r => r.Kind == kind) >= 10, $"heldout-10: too few negatives of kind {kind}");
        }
    }

    [Fact]
    public void IdentifierHeldOut10_IsTwoThirdsSensitiveWithAtLeast100NumberHeavyNegatives()
    {
        var rows = Load("identifier-heldout-10.tsv");

        Assert.InRange(rows.Count, 300, 380);
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive, rows.Count * 3 / 5, rows.Count * 3 / 4);
        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 100, "identifier-heldout-10: at least 100 negatives");
        Assert.True(negatives.Count(r => r.Text.Any(char.IsDigit)) >= 100, "identifier-heldout-10: negatives must be number-heavy");

        var minimums = new Dictionary<string, int>
        {
            ["card"] = 30, ["card_label"] = 8, ["cn_id"] = 8, ["cn_id_label"] = 4, ["cn_id15"] = 4, ["ssn"] = 5,
            ["iban"] = 15, ["phone"] = 20, ["licence"] = 6, ["passport"] = 6, ["national_id"] = 6, ["key"] = 12,
            ["glued"] = 8, ["split"] = 6, ["newline"] = 3, ["dotted"] = 5, ["cf"] = 6, ["base64"] = 4, ["digits"] = 8,
        };
        foreach (var (kind, minimum) in minimums)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= minimum, $"identifier-heldout-10: kind {kind} below {minimum}");
        }
    }

    [Fact]
    public async Task IdentifierHeldOut10_GeneratorCheckRegeneratesTheFileByteIdentically()
    {
        // The file is generated (seeded) so its checksums can be audited; --check proves the committed file
        // is what the generator makes. Without python3 on the machine there is nothing to run.
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }

    private static List<HeldOutRow> Load(string name)
    {
        var rows = ReadRows(name);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        return rows;
    }
}
