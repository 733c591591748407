using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the thirteenth author's held-out sets (contextual-heldout-13.tsv, identifier-heldout-13.tsv).
/// Only counts rows and kinds: it never runs the classifier, so the sets stay a clean measure.
/// </summary>
public sealed class HeldOut13ShapeTests
{
    private const string GeneratorRelativePath =
        "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout13.py";

    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    [Fact]
    public void ContextualSet_HasExpectedShape()
    {
        var rows = ReadRows("contextual-heldout-13.tsv");

        Assert.InRange(rows.Count, 470, 520);
        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        foreach (var kind in ContextualKinds)
        {
            var ofKind = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(ofKind.Count >= 44, $"{kind}: {ofKind.Count} sensitive rows");
            // Half of each kind is Chinese: at least 22 rows carry Han characters and 22 do not.
            Assert.True(ofKind.Count(r => HasHan(r.Text)) >= 22, $"{kind}: too few zh rows");
            Assert.True(ofKind.Count(r => !HasHan(r.Text)) >= 22, $"{kind}: too few en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 170, $"{negatives.Count} hard negatives");
        Assert.True(negatives.Count(r => HasHan(r.Text)) >= 80, "too few zh negatives");
        Assert.True(negatives.Select(r => r.Kind).Distinct().Count() >= 8, "negative kinds too narrow");
    }

    [Fact]
    public void IdentifierSet_HasExpectedShape()
    {
        var rows = ReadRows("identifier-heldout-13.tsv");

        Assert.InRange(rows.Count, 340, 460);
        var sensitive = rows.Count(r => r.Label == 1);
        var negatives = rows.Count(r => r.Label == 0);
        Assert.True(sensitive >= 200, $"{sensitive} sensitive rows");
        Assert.True(negatives >= 130, $"{negatives} negatives");

        var minimums = new Dictionary<string, int>
        {
            ["card"] = 50, ["cn_id"] = 20, ["ssn"] = 8, ["iban"] = 20, ["phone"] = 20, ["licence"] = 6,
            ["passport"] = 6, ["key"] = 12, ["cf"] = 5, ["glued"] = 5, ["split"] = 5, ["base64"] = 4, ["digits"] = 5,
        };
        foreach (var (kind, minimum) in minimums)
        {
            var count = rows.Count(r => r.Label == 1 && r.Kind == kind);
            Assert.True(count >= minimum, $"{kind}: {count} sensitive rows, expected at least {minimum}");
        }
    }

    [Fact]
    public async Task IdentifierGenerator_Check_RegeneratesTheFileByteIdentically()
    {
        // Passes unchecked where the source tree is not beside the test output (e.g. a copied build) or there is
        // no python3 on this machine (xunit 2 has no dynamic skip).
        await AssertGeneratorRegeneratesAsync(GeneratorRelativePath);
    }
}
