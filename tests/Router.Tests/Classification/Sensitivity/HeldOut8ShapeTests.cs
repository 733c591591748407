using System.Diagnostics;
using Xunit;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape of the eighth author's sets (contextual-heldout-8, contextual-tuning-11, identifier-heldout-8).
/// Deliberately never calls the classifier and never prints a row: the held-out files are evaluation data,
/// so this class only guards that they load, keep their size and per-kind balance, and that the identifier
/// generator still reproduces its file byte for byte.
/// </summary>
public sealed class HeldOut8ShapeTests
{
    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds = ["cf", "split", "lines", "dots", "glued", "base64", "nd", "fullwidth"];

    [Fact]
    public void ContextualHeldOutHas22SensitiveRowsPerKindPerLanguageAndHardNegativesInBoth()
    {
        var rows = Load("contextual-heldout-8.tsv");

        Assert.Equal(468, rows.Count);
        foreach (var kind in ContextualKinds)
        {
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && r.IsChinese));
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && !r.IsChinese));
        }

        Assert.Equal(160, rows.Count(r => r.Label == 0));
        Assert.True(rows.Count(r => r.Label == 0 && r.IsChinese) >= 75, "about half the negatives are Chinese");
        Assert.True(rows.Count(r => r.Label == 0 && !r.IsChinese) >= 75, "about half the negatives are English");
        foreach (var kind in new[] { "public", "historical", "fiction", "travel", "company", "general", "template", "explain" })
        {
            Assert.True(rows.Count(r => r.Label == 0 && r.Kind == kind) >= 8, $"negative kind {kind} has at least 8 rows");
        }
    }

    [Fact]
    public void ContextualTuningCoversEveryKindInBothLanguages()
    {
        var rows = Load("contextual-tuning-11.tsv");

        Assert.Equal(160, rows.Count);
        Assert.Contains(rows, r => r.Label == 0);
        foreach (var kind in ContextualKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind && r.IsChinese) >= 5, $"{kind} zh");
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind && !r.IsChinese) >= 5, $"{kind} en");
        }

        var chinese = rows.Count(r => r.IsChinese);
        Assert.InRange(chinese, 70, 90);
    }

    [Fact]
    public void IdentifierHeldOutIsTwoThirdsSensitiveWithEveryKindAndAdversarialSpelling()
    {
        var rows = Load("identifier-heldout-8.tsv");

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
    public void IdentifierGeneratorRegeneratesItsFileByteIdentically()
    {
        var script = FindGenerator();
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--check");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "generator finished within 2 minutes");

        // The generator prints only "identical"/"DIFFERS" or a traceback; never a row.
        Assert.True(process.ExitCode == 0, $"identifier_heldout8.py --check failed: {output.Result}{error.Result}");
    }

    private static List<Row> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", file);
        Assert.True(File.Exists(path), $"{file} is copied to the test output");

        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            Assert.True(parts.Length == 3, $"{file}: every row is label<TAB>kind<TAB>text");
            Assert.True(parts[0] is "0" or "1", $"{file}: label is 0 or 1");
            Assert.False(string.IsNullOrWhiteSpace(parts[1]), $"{file}: kind is set");
            Assert.False(string.IsNullOrWhiteSpace(parts[2]), $"{file}: text is set");
            rows.Add(new Row(parts[0] == "1" ? 1 : 0, parts[1], parts[2]));
        }

        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        return rows;
    }

    private static string FindGenerator()
    {
        var relative = Path.Combine("tests", "Router.Tests", "Classification", "Sensitivity", "Data", "tools", "identifier_heldout8.py");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{relative} not found above {AppContext.BaseDirectory}");
        return string.Empty;
    }

    private sealed record Row(int Label, string Kind, string Text)
    {
        // Any CJK unified ideograph marks the row as Chinese (Simplified, Traditional or mixed with English).
        public bool IsChinese { get; } = Text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
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
