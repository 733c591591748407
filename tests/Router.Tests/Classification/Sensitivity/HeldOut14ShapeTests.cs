using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the fourteenth author's blind sets (evaluation only). These tests only count rows and kinds so a
/// truncated or mangled file is noticed; they never run the classifier and never print a row, so nobody tunes on them.
/// </summary>
public sealed class HeldOut14ShapeTests
{
    private const string ContextualFile = "contextual-heldout-14.tsv";
    private const string IdentifierFile = "identifier-heldout-14.tsv";
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout14.py";

    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    // Counts CJK Extension A (U+3400-U+4DBF) as Han too, unlike HeldOutSetFile.HasHan: kept so these counts stay as written.
    private static bool HasHanOrExtensionA(string text) => text.Any(c => c >= '\u3400' && c <= '\u9fff');

    [Fact]
    public void ContextualHeldOut14_Shape_HasKindsLanguagesAndHardNegatives()
    {
        var rows = ReadRows(ContextualFile);

        Assert.InRange(rows.Count, 460, 560);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        foreach (var kind in ContextualKinds)
        {
            var sensitive = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(sensitive.Count(r => HasHanOrExtensionA(r.Text)) >= 22, $"{kind}: fewer than 22 zh rows");
            Assert.True(sensitive.Count(r => !HasHanOrExtensionA(r.Text)) >= 22, $"{kind}: fewer than 22 en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 170, $"only {negatives.Count} negatives");
        Assert.True(negatives.Count(r => HasHanOrExtensionA(r.Text)) >= 80, "fewer than 80 zh negatives");
        Assert.True(negatives.Count(r => !HasHanOrExtensionA(r.Text)) >= 80, "fewer than 80 en negatives");
        Assert.True(negatives.Select(r => r.Kind).Distinct(StringComparer.Ordinal).Count() >= 8, "negatives lack variety");
    }

    [Fact]
    public void IdentifierHeldOut14_Shape_HasKindsAndNumberHeavyNegatives()
    {
        var rows = ReadRows(IdentifierFile);

        Assert.InRange(rows.Count, 330, 480);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        var share = rows.Count(r => r.Label == 1) / (double)rows.Count;
        Assert.InRange(share, 0.55, 0.68);
        Assert.True(rows.Count(r => r.Label == 0) >= 130, "fewer than 130 negatives");

        var minimums = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["card"] = 40, ["cn_id"] = 10, ["ssn"] = 5, ["iban"] = 20, ["phone"] = 30, ["licence"] = 5,
            ["passport"] = 5, ["key"] = 15, ["cf"] = 5, ["split"] = 5, ["glued"] = 5, ["base64"] = 3, ["digits"] = 5,
        };
        foreach (var (kind, minimum) in minimums)
        {
            var count = rows.Count(r => r.Label == 1 && r.Kind == kind);
            Assert.True(count >= minimum, $"{kind}: {count} sensitive rows, expected at least {minimum}");
        }

        // Split rows carry the message separator the evaluation joins on.
        Assert.All(rows.Where(r => r.Kind == "split"), r => Assert.Contains('\u241e', r.Text));
    }

    [Fact]
    public async Task IdentifierHeldOut14_Generator_RegeneratesTheFileByteForByte()
    {
        // Passes unchecked where the source tree is not next to the test output (e.g. a copied build) or there is no
        // python3 on this machine.
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }
}
