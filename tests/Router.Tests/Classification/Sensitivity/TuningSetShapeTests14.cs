using System.ComponentModel;
using System.Diagnostics;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the session-21 tuning data written by an independent author (s21-tuneauthor).
/// These tests only read the TSV files; they never run the classifier, because the rows are tuning
/// material for the engineers and their pass/fail is measured elsewhere.
/// </summary>
public sealed class TuningSetShapeTests14
{
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
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Serverless.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var script = Path.Combine(root.FullName, "tests", "Router.Tests", "Classification", "Sensitivity", "Data", "tools",
            "identifier_tuning1.py");
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-B");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add("--check");
        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (Win32Exception)
        {
            return;
        }

        Assert.NotNull(process);
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"generator --check failed: {await output} {await error}");
        }
    }

    private sealed record Row(int Label, string Kind, string Text);

    private static (List<string> Header, List<Row> Rows) Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", file);
        Assert.True(File.Exists(path), $"missing {path}");
        var header = new List<string>();
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                // Header lines come first; a '#' after the first row would be read as data by other loaders.
                Assert.Empty(rows);
                header.Add(line);
                continue;
            }

            var parts = line.Split('\t');
            Assert.True(parts.Length == 3, $"expected 3 tab-separated fields in {file}: {parts.Length}");
            Assert.True(parts[0] is "0" or "1", $"bad label '{parts[0]}' in {file}");
            rows.Add(new Row(parts[0] == "1" ? 1 : 0, parts[1], parts[2]));
        }

        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        return (header, rows);
    }
}
