using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the sixteenth author's held-out sets (contextual-heldout-16.tsv, identifier-heldout-16.tsv).
/// Only the files' shape is asserted — row counts, labels, per-kind minimums and that the identifier generator
/// still reproduces its file. The classifier is never called here: the sets are evaluation data, and a test that
/// scored them would invite tuning on them.
/// </summary>
public sealed class HeldOut16ShapeTests
{
    private const string ContextualFile = "contextual-heldout-16.tsv";
    private const string IdentifierFile = "identifier-heldout-16.tsv";
    private const string GeneratorRelativePath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout16.py";

    private static readonly string[] ContextualSensitiveKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds = ["cf", "split", "lines", "dots", "glued", "base64", "digits", "fullwidth"];

    [Fact]
    public void ContextualHeldOut16_HasProvenanceHeader()
    {
        var header = ReadHeader(ContextualFile);

        Assert.Contains(header, line => line.Contains("s26-author16", StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("NEVER tune", StringComparison.Ordinal));
    }

    [Fact]
    public void ContextualHeldOut16_RowCountsAndLabels_MatchTheBrief()
    {
        var rows = ReadRows(ContextualFile);

        Assert.InRange(rows.Count, 470, 520);
        Assert.Contains(rows, row => row.Label == 1);
        Assert.Contains(rows, row => row.Label == 0);
        Assert.True(rows.Count(row => row.Label == 0) >= 170, "at least 170 hard negatives");
        Assert.True(rows.Count(row => row.Label == 0 && HasHan(row.Text)) >= 80, "about half the negatives are zh");
        Assert.Equal(rows.Count, rows.Select(row => row.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ContextualHeldOut16_EachSensitiveKind_Has22RowsPerLanguage()
    {
        var rows = ReadRows(ContextualFile);

        foreach (var kind in ContextualSensitiveKinds)
        {
            var ofKind = rows.Where(row => row.Label == 1 && row.Kind == kind).ToList();
            Assert.True(ofKind.Count(row => HasHan(row.Text)) >= 22, $"{kind}: at least 22 zh rows");
            Assert.True(ofKind.Count(row => !HasHan(row.Text)) >= 22, $"{kind}: at least 22 en rows");
        }
    }

    [Fact]
    public void IdentifierHeldOut16_HasProvenanceHeader()
    {
        var header = ReadHeader(IdentifierFile);

        Assert.Contains(header, line => line.Contains("s26-author16", StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("NEVER tune", StringComparison.Ordinal));
    }

    [Fact]
    public void IdentifierHeldOut16_RowCountsAndLabels_MatchTheBrief()
    {
        var rows = ReadRows(IdentifierFile);
        var sensitive = rows.Count(row => row.Label == 1);
        var negatives = rows.Count - sensitive;

        Assert.InRange(rows.Count, 330, 400);
        Assert.True(negatives >= 130, "at least 130 number-heavy negatives");
        Assert.InRange((double)sensitive / rows.Count, 0.55, 0.70);
    }

    [Fact]
    public void IdentifierHeldOut16_PerKindMinimums_Hold()
    {
        var counts = ReadRows(IdentifierFile)
            .Where(row => row.Label == 1)
            .GroupBy(row => row.Kind, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        Assert.True(counts.GetValueOrDefault("card") >= 30, "card");
        Assert.True(counts.GetValueOrDefault("card_label") >= 10, "card_label");
        Assert.True(counts.GetValueOrDefault("iban") >= 20, "iban");
        Assert.True(counts.GetValueOrDefault("phone") + counts.GetValueOrDefault("phone_local") >= 25, "phone");
        Assert.True(counts.GetValueOrDefault("key") >= 10, "key");
        Assert.True(counts.GetValueOrDefault("ssn") >= 5, "ssn");
        Assert.True(counts.GetValueOrDefault("cn_id") + counts.GetValueOrDefault("cn_id_badcheck") + counts.GetValueOrDefault("cn_id15") >= 15, "cn_id");
        Assert.True(counts.GetValueOrDefault("licence") >= 5, "licence");
        Assert.True(counts.GetValueOrDefault("passport") >= 5, "passport");
        foreach (var kind in AdversarialKinds)
        {
            Assert.True(counts.GetValueOrDefault(kind) >= 5, kind);
        }
    }

    [Fact]
    public void IdentifierHeldOut16_SplitRows_CarryTheMessageSeparator()
    {
        var split = ReadRows(IdentifierFile).Where(row => row.Kind == "split").ToList();

        Assert.NotEmpty(split);
        Assert.All(split, row => Assert.Contains('\u241E', row.Text));
    }

    [Fact]
    public async Task IdentifierHeldOut16_Generator_RegeneratesTheFileByteForByte()
    {
        // Skipped (passes without checking) where python3 or the source tree is not available, e.g. a packaged run.
        await AssertGeneratorRegeneratesAsync(GeneratorRelativePath);
    }
}
