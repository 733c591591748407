using Xunit;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the eighth author's sets (contextual-heldout-8, contextual-tuning-11, identifier-heldout-8).
/// Deliberately never calls the classifier and never prints a row: the held-out files are evaluation data,
/// so this class only guards that they load, keep their size and per-kind balance, and that the identifier
/// generator still reproduces its file byte for byte.
/// </summary>
public sealed class HeldOut8ShapeTests
{
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout8.py";

    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds = ["cf", "split", "lines", "dots", "glued", "base64", "nd", "fullwidth"];

    [Fact]
    public void ContextualHeldOutHas22SensitiveRowsPerKindPerLanguageAndHardNegativesInBoth()
    {
        var rows = ReadRows("contextual-heldout-8.tsv");

        Assert.Equal(468, rows.Count);
        foreach (var kind in ContextualKinds)
        {
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && HasHan(r.Text)));
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && !HasHan(r.Text)));
        }

        Assert.Equal(160, rows.Count(r => r.Label == 0));
        Assert.True(rows.Count(r => r.Label == 0 && HasHan(r.Text)) >= 75, "about half the negatives are Chinese");
        Assert.True(rows.Count(r => r.Label == 0 && !HasHan(r.Text)) >= 75, "about half the negatives are English");
        foreach (var kind in new[] { "public", "historical", "fiction", "travel", "company", "general", "template", "explain" })
        {
            Assert.True(rows.Count(r => r.Label == 0 && r.Kind == kind) >= 8, $"negative kind {kind} has at least 8 rows");
        }
    }

    [Fact]
    public void ContextualTuningCoversEveryKindInBothLanguages()
    {
        var rows = ReadRows("contextual-tuning-11.tsv");

        Assert.Equal(160, rows.Count);
        Assert.Contains(rows, r => r.Label == 0);
        foreach (var kind in ContextualKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind && HasHan(r.Text)) >= 5, $"{kind} zh");
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind && !HasHan(r.Text)) >= 5, $"{kind} en");
        }

        var chinese = rows.Count(r => HasHan(r.Text));
        Assert.InRange(chinese, 70, 90);
    }

    [Fact]
    public void IdentifierHeldOutIsTwoThirdsSensitiveWithEveryKindAndAdversarialSpelling()
    {
        var rows = ReadRows("identifier-heldout-8.tsv");

        Assert.Equal(310, rows.Count);
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive, 195, 215);
        Assert.True(rows.Count(r => r.Label == 0) >= 95, "number-heavy negatives");

        var minimums = new Dictionary<string, int>
        {
            ["card"] = 50, ["id"] = 15, ["ssn"] = 8, ["iban"] = 20, ["phone"] = 25, ["licence"] = 6, ["passport"] = 6, ["key"] = 15,
        };
        foreach (var (kind, minimum) in minimums)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= minimum, $"sensitive kind {kind} has at least {minimum} rows");
        }

        foreach (var kind in AdversarialKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 3, $"adversarial kind {kind} has at least 3 rows");
        }

        // Messages split apart are written with U+241E between the parts; the file must hold some.
        Assert.Contains(rows, r => r.Kind == "split" && r.Text.Contains('\u241E', StringComparison.Ordinal));
    }

    [Python3Fact]
    public async Task IdentifierGeneratorRegeneratesItsFileByteIdentically()
    {
        // The generator prints only "identical"/"DIFFERS" or a traceback; never a row.
        Assert.True(FindInSourceTree(GeneratorPath) is not null, $"{GeneratorPath} not found above {AppContext.BaseDirectory}");
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }

    /// <summary>Skips (rather than passes silently) where python3 is not on PATH, e.g. a bare Windows agent.</summary>
    private sealed class Python3FactAttribute : FactAttribute
    {
        public Python3FactAttribute()
        {
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            var found = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(dir => File.Exists(Path.Combine(dir, "python3")) || File.Exists(Path.Combine(dir, "python3.exe")));
            if (!found)
            {
                Skip = "python3 is not on PATH; the generator check needs it";
            }
        }
    }
}
