using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the session-22 tuning author's files: they load, both labels are present, every policy kind has its
/// minimum in en and zh, and the negatives are numerous enough to catch false positives. It never runs the
/// classifier: these rows are tuning data and their figures belong to the engineers' own evaluation tests.
/// </summary>
public sealed class TuningSetShapeTests16
{
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_tuning2.py";

    // The six contextual kinds of issue 15's policy (name + address/birth/health/pay/role, document markers).
    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential"];

    private static readonly string[] IdentifierKinds = ["card", "phone", "id"];

    private static readonly HashSet<string> PositiveKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card", "phone", "id"];

    private static readonly HashSet<string> NegativeKinds =
        ["explain", "public", "fiction", "travel", "company", "general", "template"];

    [Theory]
    [InlineData("contextual-tuning-16.tsv")]
    [InlineData("contextual-tuning-17.tsv")]
    public void ContextualFile_HasEveryKindInBothLanguages_AndEnoughHardNegatives(string file)
    {
        var rows = ReadRows(file);

        Assert.InRange(rows.Count, 200, 300);
        foreach (var kind in ContextualKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 12, $"{file}: fewer than 12 en rows of {kind}");
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == "zh/" + kind) >= 12, $"{file}: fewer than 12 zh rows of {kind}");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 70, $"{file}: only {negatives.Count} negatives");
        Assert.Contains(negatives, r => r.Kind.StartsWith("zh/", StringComparison.Ordinal));
        Assert.Contains(negatives, r => !r.Kind.StartsWith("zh/", StringComparison.Ordinal));

        // Roughly half the rows are Chinese.
        var zhShare = rows.Count(r => r.Kind.StartsWith("zh/", StringComparison.Ordinal)) / (double)rows.Count;
        Assert.InRange(zhShare, 0.4, 0.6);
    }

    [Theory]
    [InlineData("contextual-tuning-16.tsv")]
    [InlineData("contextual-tuning-17.tsv")]
    [InlineData("identifier-tuning-2.tsv")]
    public void EveryFile_HasProvenanceHeader_KnownKinds_AndNoDuplicateText(string file)
    {
        var lines = File.ReadAllLines(DataPath(file));
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Contains(header, l => l.Contains("s22-tuneauthor", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("TUNING data", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.SkipWhile(l => l.StartsWith('#')), l => l.StartsWith('#'));

        var rows = ReadRows(file);
        foreach (var row in rows)
        {
            var bare = row.Kind.StartsWith("zh/", StringComparison.Ordinal) ? row.Kind[3..] : row.Kind;
            var allowed = row.Label == 1 ? PositiveKinds : NegativeKinds;
            Assert.True(allowed.Contains(bare), $"{file}: kind '{row.Kind}' with label {row.Label}");
        }

        var duplicates = rows.GroupBy(r => r.Text, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void IdentifierFile_HasManyNumberHeavyNegatives_AndEveryIdentifierKind()
    {
        var rows = ReadRows("identifier-tuning-2.tsv");

        Assert.True(rows.Count(r => r.Label == 0) >= 100, "identifier-tuning-2: fewer than 100 negatives");
        Assert.True(rows.Count(r => r.Label == 1) >= 55, "identifier-tuning-2: fewer than 55 sensitive rows");
        foreach (var kind in IdentifierKinds)
        {
            Assert.True(
                rows.Count(r => r.Label == 1 && (r.Kind == kind || r.Kind == "zh/" + kind)) >= 15,
                $"identifier-tuning-2: fewer than 15 rows of {kind}");
        }

        // Number-heavy: nearly every negative carries digits (ASCII or another script's); the rest are masks and
        // explanations of formats.
        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count(r => r.Text.Any(char.IsDigit)) >= negatives.Count * 9 / 10, "too few negatives with digits");
    }

    [Fact]
    public async Task IdentifierFile_IsExactlyWhatItsSeededGeneratorWrites()
    {
        // The generator lives in the source tree, not the output folder. Without python3 on this machine the check
        // passes unchecked: the committed file is still checked for shape above.
        Assert.NotNull(FindInSourceTree(GeneratorPath));
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }
}
