using System.ComponentModel;
using System.Diagnostics;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the seventeenth author's held-out sets (contextual-heldout-17.tsv, identifier-heldout-17.tsv).
/// Only the files' shape is asserted — row counts, labels, per-kind minimums and that the identifier generator
/// still reproduces its file. The classifier is never called here: the sets are evaluation data, and a test that
/// scored them would invite tuning on them.
/// </summary>
public sealed class HeldOut17ShapeTests
{
    private const string ContextualFile = "contextual-heldout-17.tsv";
    private const string IdentifierFile = "identifier-heldout-17.tsv";
    private const string GeneratorRelativePath = "tests/Router.Tests/Classification/Sensitivity/Data/tools/identifier_heldout17.py";

    private static readonly string[] ContextualSensitiveKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds = ["cf", "split", "lines", "dots", "glued", "base64", "digits", "fullwidth"];

    [Fact]
    public void ContextualHeldOut17_HasProvenanceHeader()
    {
        var header = ReadHeader(ContextualFile);

        Assert.Contains(header, line => line.Contains("s27-author17", StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("NEVER tune", StringComparison.Ordinal));
    }

    [Fact]
    public void ContextualHeldOut17_RowCountsAndLabels_MatchTheBrief()
    {
        var rows = ReadRows(ContextualFile);

        Assert.InRange(rows.Count, 470, 520);
        Assert.Contains(rows, row => row.Label == 1);
        Assert.Contains(rows, row => row.Label == 0);
        Assert.True(rows.Count(row => row.Label == 0) >= 170, "at least 170 hard negatives");
        Assert.True(rows.Count(row => row.Label == 0 && IsChinese(row.Text)) >= 80, "about half the negatives are zh");
        Assert.Equal(rows.Count, rows.Select(row => row.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ContextualHeldOut17_EachSensitiveKind_Has22RowsPerLanguage()
    {
        var rows = ReadRows(ContextualFile);

        foreach (var kind in ContextualSensitiveKinds)
        {
            var ofKind = rows.Where(row => row.Label == 1 && row.Kind == kind).ToList();
            Assert.True(ofKind.Count(row => IsChinese(row.Text)) >= 22, $"{kind}: at least 22 zh rows");
            Assert.True(ofKind.Count(row => !IsChinese(row.Text)) >= 22, $"{kind}: at least 22 en rows");
        }
    }

    [Fact]
    public void IdentifierHeldOut17_HasProvenanceHeader()
    {
        var header = ReadHeader(IdentifierFile);

        Assert.Contains(header, line => line.Contains("s27-author17", StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("NEVER tune", StringComparison.Ordinal));
    }

    [Fact]
    public void IdentifierHeldOut17_RowCountsAndLabels_MatchTheBrief()
    {
        var rows = ReadRows(IdentifierFile);
        var sensitive = rows.Count(row => row.Label == 1);
        var negatives = rows.Count - sensitive;

        Assert.InRange(rows.Count, 330, 400);
        Assert.True(negatives >= 130, "at least 130 number-heavy negatives");
        Assert.InRange((double)sensitive / rows.Count, 0.55, 0.70);
    }

    [Fact]
    public void IdentifierHeldOut17_PerKindMinimums_Hold()
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
    public void IdentifierHeldOut17_SplitRows_CarryTheMessageSeparator()
    {
        var split = ReadRows(IdentifierFile).Where(row => row.Kind == "split").ToList();

        Assert.NotEmpty(split);
        Assert.All(split, row => Assert.Contains('\u241E', row.Text));
    }

    [Fact]
    public async Task IdentifierHeldOut17_Generator_RegeneratesTheFileByteForByte()
    {
        // Skipped (passes without checking) where python3 or the source tree is not available, e.g. a packaged run.
        var generator = FindGenerator();
        if (generator is null)
        {
            return;
        }

        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { generator, "--check" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return;
        }

        if (process is null)
        {
            return;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var output = $"{await stderr} {await stdout}";
            Assert.True(process.ExitCode == 0, $"generator --check failed: {output}");
        }
    }

    private sealed record Row(int Label, string Kind, string Text);

    private static string DataPath(string file) =>
        Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", file);

    private static List<string> ReadHeader(string file) =>
        File.ReadLines(DataPath(file)).TakeWhile(line => line.StartsWith('#')).ToList();

    private static List<Row> ReadRows(string file)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(DataPath(file)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            Assert.True(parts.Length == 3, $"row {rows.Count + 1} of {file} has {parts.Length} fields");
            Assert.True(parts[0] is "0" or "1", $"row {rows.Count + 1} of {file} has label '{parts[0]}'");
            Assert.False(string.IsNullOrWhiteSpace(parts[1]), $"row {rows.Count + 1} of {file} has no kind");
            Assert.False(string.IsNullOrWhiteSpace(parts[2]), $"row {rows.Count + 1} of {file} has no text");
            rows.Add(new Row(parts[0] == "1" ? 1 : 0, parts[1], parts[2]));
        }

        return rows;
    }

    private static bool IsChinese(string text) => text.Any(ch => ch is >= '\u4E00' and <= '\u9FFF');

    private static string? FindGenerator()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, GeneratorRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
