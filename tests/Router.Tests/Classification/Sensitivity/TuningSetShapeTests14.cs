using Router.Tests.Classification.Sensitivity.Support;
using static Router.Tests.Classification.Sensitivity.Support.HeldOutSetFile;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the session-21 tuning data written by an independent author (s21-tuneauthor).
/// These tests only read the TSV files; they never run the classifier, because the rows are tuning
/// material for the engineers and their pass/fail is measured elsewhere.
/// </summary>
public sealed class TuningSetShapeTests14
{
    private const string GeneratorPath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_tuning1.py";

    private static readonly string[] SensitiveKinds = ["address", "birth", "health", "pay", "role", "confidential"];

    private static readonly HashSet<string> NegativeKinds =
        ["explain", "public", "fiction", "travel", "company", "general", "template"];

    [Theory]
    [InlineData("contextual-tuning-14.tsv")]
    [InlineData("contextual-tuning-15.tsv")]
    public void ContextualTuningSet_HasProvenanceAndWellFormedRows(string file)
    {
        var (header, rows) = Load(file);

        Assert.Contains(header, h => h.Contains("s21-tuneauthor", StringComparison.Ordinal));
        Assert.Contains(header, h => h.Contains("TUNING data: written from issue 15's policy text only", StringComparison.Ordinal));
        Assert.InRange(rows.Count, 200, 260);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        foreach (var row in rows)
        {
            var bare = row.Kind.StartsWith("zh/", StringComparison.Ordinal) ? row.Kind[3..] : row.Kind;
            var allowed = row.Label == 1 ? SensitiveKinds.Contains(bare) : NegativeKinds.Contains(bare);
            Assert.True(allowed, $"label {row.Label} with kind '{row.Kind}' in {file}");
            Assert.False(string.IsNullOrWhiteSpace(row.Text));
        }
    }

    [Theory]
    [InlineData("contextual-tuning-14.tsv")]
    [InlineData("contextual-tuning-15.tsv")]
    public void ContextualTuningSet_MeetsPerKindAndLanguageMinimums(string file)
    {
        var (_, rows) = Load(file);

        foreach (var kind in SensitiveKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 12, $"en {kind} < 12 in {file}");
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == "zh/" + kind) >= 12, $"zh {kind} < 12 in {file}");
        }

        Assert.True(rows.Count(r => r.Label == 0) >= 70, $"fewer than 70 negatives in {file}");
        var zh = rows.Count(r => r.Kind.StartsWith("zh/", StringComparison.Ordinal));
        Assert.InRange(zh, rows.Count * 2 / 5, rows.Count * 3 / 5);
    }

    [Fact]
    public void IdentifierTuningSet_HasNumberHeavyNegativesAndUnusualContextPositives()
    {
        var (header, rows) = Load("identifier-tuning-1.tsv");

        Assert.Contains(header, h => h.Contains("TUNING data: written from issue 15's policy text only", StringComparison.Ordinal));
        Assert.InRange(rows.Count, 150, 190);
        Assert.True(rows.Count(r => r.Label == 0) >= 100, "fewer than 100 negatives");
        Assert.True(rows.Count(r => r.Label == 1) >= 55, "fewer than 55 sensitive identifiers");
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        foreach (var row in rows)
        {
            var bare = row.Kind.StartsWith("zh/", StringComparison.Ordinal) ? row.Kind[3..] : row.Kind;
            var allowed = row.Label == 1 ? bare is "card" or "phone" or "id" : NegativeKinds.Contains(bare);
            Assert.True(allowed, $"label {row.Label} with kind '{row.Kind}' in identifier-tuning-1.tsv");
        }

        foreach (var kind in new[] { "card", "phone", "id" })
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind.EndsWith(kind, StringComparison.Ordinal)) >= 12, $"{kind} < 12");
        }
    }

    [Fact]
    public async Task IdentifierTuningSet_GeneratorRegeneratesTheCommittedFileByteForByte()
    {
        // The file is generated with computed checksums; --check proves nobody hand-edited it. Skipped without python3.
        Assert.NotNull(FindInSourceTree(GeneratorPath));
        await AssertGeneratorRegeneratesAsync(GeneratorPath);
    }

    private static (List<string> Header, List<HeldOutRow> Rows) Load(string file) => (ReadHeader(file), ReadRows(file));
}
