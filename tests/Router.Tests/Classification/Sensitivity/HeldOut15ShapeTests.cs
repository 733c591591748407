using Router.Tests.Classification.Sensitivity.Support;
using Xunit;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

// Shape checks only for the fifteenth author's held-out sets: they must stay loadable and balanced,
// and the identifier generator must still regenerate its file byte for byte. The classifier is never
// called here on purpose: the rows are a blind measure and must not become a tuning target.
public sealed class HeldOut15ShapeTests
{
    private const string ContextualFile = "contextual-heldout-15.tsv";
    private const string IdentifierFile = "identifier-heldout-15.tsv";
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout15.py";

    private static readonly string[] ContextualSensitiveKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] IdentifierSensitiveKinds =
        ["card", "cn_id", "ssn", "iban", "phone", "licence", "passport", "key", "glued", "split", "base64", "digits"];

    private static (List<string> Header, List<HeldOutRow> Rows) Load(string name) => (ReadHeader(name), ReadRows(name));

    [Fact]
    public void ContextualFileHasProvenanceHeaderAndBalancedKinds()
    {
        var (header, rows) = Load(ContextualFile);
        var head = string.Join("\n", header);
        Assert.Contains("s25-author15", head);
        Assert.Contains("NEVER tune", head);

        Assert.InRange(rows.Count, 470, 520);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
        foreach (var kind in ContextualSensitiveKinds)
        {
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && HasHan(r.Text)));
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && !HasHan(r.Text)));
        }
        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 170, $"negatives {negatives.Count}");
        Assert.True(negatives.Count(r => HasHan(r.Text)) >= 80);
        Assert.True(negatives.Count(r => !HasHan(r.Text)) >= 80);
        Assert.True(negatives.Select(r => r.Kind).Distinct().Count() >= 8);
    }

    [Fact]
    public void IdentifierFileHasProvenanceHeaderAndBalancedKinds()
    {
        var (header, rows) = Load(IdentifierFile);
        Assert.Contains("s25-author15", string.Join("\n", header));

        Assert.InRange(rows.Count, 330, 380);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive / (double)rows.Count, 0.55, 0.65);
        Assert.True(rows.Count - sensitive >= 130, $"negatives {rows.Count - sensitive}");
        foreach (var kind in IdentifierSensitiveKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 5, $"kind {kind}");
        }
    }

    [Fact]
    public async Task GeneratorRegeneratesIdentifierFileByteIdentically()
    {
        // The generator lives in the source tree (it is not copied to the output) and must be found there; without
        // python3 the byte check passes unchecked and runs where python3 exists (xunit 2 has no runtime skip).
        Assert.NotNull(FindInSourceTree(GeneratorPath));
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }
}
