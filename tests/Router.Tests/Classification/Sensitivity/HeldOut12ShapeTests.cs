using Router.Tests.Classification.Sensitivity.Support;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the twelfth independent author's held-out sets (issue 15). These tests only count rows: they never run
/// the classifier and never print a row, so a failure here says the files are malformed, not how the detectors do.
/// </summary>
public sealed class HeldOut12ShapeTests
{
    private const string ContextualFile = "contextual-heldout-12.tsv";
    private const string IdentifierFile = "identifier-heldout-12.tsv";
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout12.py";

    private static readonly string[] ContextualSensitiveKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card"];

    // Minimum sensitive rows per identifier kind; the adversarial spellings each keep a handful.
    private static readonly Dictionary<string, int> IdentifierMinimums = new()
    {
        ["card"] = 40, ["cn_id"] = 12, ["ssn"] = 8, ["iban"] = 20, ["phone"] = 25, ["licence"] = 8,
        ["passport"] = 8, ["key"] = 15, ["cf"] = 8, ["split"] = 6, ["lines"] = 4, ["dotted"] = 5,
        ["glued"] = 6, ["base64"] = 5, ["digits"] = 6, ["fullwidth"] = 4,
    };

    [Fact]
    public void ContextualFile_Loaded_HasProvenanceBothLabelsAndPerKindMinimums()
    {
        var (header, rows) = Load(ContextualFile);

        AssertProvenance(header);
        Assert.InRange(rows.Count, 470, 520);
        Assert.Contains(rows, r => r.Label == 1);
        Assert.InRange(rows.Count(r => r.Label == 0), 170, 220);
        foreach (var kind in ContextualSensitiveKinds)
        {
            // 22 English and 22 Chinese rows per kind.
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 44, $"kind {kind} has too few sensitive rows");
        }

        Assert.True(rows.Count(r => HasHan(r.Text)) >= rows.Count * 45 / 100, "about half the rows must be Chinese");
        Assert.True(rows.Count(r => r.Label == 0 && HasHan(r.Text)) >= 80, "about half the negatives must be Chinese");
    }

    [Fact]
    public void IdentifierFile_Loaded_HasProvenanceSensitiveShareAndPerKindMinimums()
    {
        var (header, rows) = Load(IdentifierFile);

        AssertProvenance(header);
        Assert.InRange(rows.Count, 340, 400);
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive * 100 / rows.Count, 55, 68);
        Assert.True(rows.Count(r => r.Label == 0) >= 130, "too few number-heavy negatives");
        foreach (var (kind, minimum) in IdentifierMinimums)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= minimum, $"kind {kind} has too few sensitive rows");
        }

        // Values split across two messages carry U+241E between the parts.
        Assert.All(rows.Where(r => r.Kind == "split"), r => Assert.Contains('\u241e', r.Text));
    }

    [Fact]
    public async Task IdentifierGenerator_Check_RegeneratesFileByteIdentically()
    {
        // No python3 on this machine, or the tests run outside a checkout: nothing to verify here.
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }

    private static void AssertProvenance(IReadOnlyList<string> header)
    {
        var text = string.Join('\n', header);
        Assert.Contains("s22-author12", text, StringComparison.Ordinal);
        Assert.Contains("never run against the classifier", text, StringComparison.Ordinal);
        Assert.Contains("NEVER tune on the held-out files", text, StringComparison.Ordinal);
    }

    private static (List<string> Header, List<HeldOutRow> Rows) Load(string name)
    {
        var rows = ReadRows(name);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        return (ReadHeader(name), rows);
    }
}
