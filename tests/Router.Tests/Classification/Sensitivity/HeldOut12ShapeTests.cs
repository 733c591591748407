using System.Diagnostics;

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

        Assert.True(rows.Count(r => ContainsHan(r.Text)) >= rows.Count * 45 / 100, "about half the rows must be Chinese");
        Assert.True(rows.Count(r => r.Label == 0 && ContainsHan(r.Text)) >= 80, "about half the negatives must be Chinese");
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
    public void IdentifierGenerator_Check_RegeneratesFileByteIdentically()
    {
        var python = FindOnPath("python3");
        var root = FindRepositoryRoot();
        if (python is null || root is null)
        {
            // No python3 on this machine, or the tests run outside a checkout: nothing to verify here.
            return;
        }

        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, GeneratorPath));
        start.ArgumentList.Add("--check");
        using var process = Process.Start(start)!;
        // The generator prints one short line, far below the pipe buffer, so reading after the exit cannot block.
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the generator did not finish in 2 minutes");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();

        Assert.True(process.ExitCode == 0, $"generator --check failed: {output}");
    }

    private static void AssertProvenance(IReadOnlyList<string> header)
    {
        var text = string.Join('\n', header);
        Assert.Contains("s22-author12", text, StringComparison.Ordinal);
        Assert.Contains("never run against the classifier", text, StringComparison.Ordinal);
        Assert.Contains("NEVER tune on the held-out files", text, StringComparison.Ordinal);
    }

    private static (List<string> Header, List<Row> Rows) Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", name);
        Assert.True(File.Exists(path), $"{name} is not copied to the test output");
        var header = new List<string>();
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                Assert.Empty(rows); // header lines come first
                header.Add(line);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            Assert.Equal(3, fields.Length);
            Assert.True(fields[0] is "0" or "1", $"{name}: label must be 0 or 1");
            Assert.False(string.IsNullOrWhiteSpace(fields[1]));
            Assert.False(string.IsNullOrWhiteSpace(fields[2]));
            rows.Add(new Row(fields[0] == "1" ? 1 : 0, fields[1], fields[2]));
        }

        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        return (header, rows);
    }

    private static bool ContainsHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in new[] { program, program + ".exe" })
            {
                var full = Path.Combine(directory, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, GeneratorPath)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private sealed record Row(int Label, string Kind, string Text);
}
