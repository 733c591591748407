using System.Diagnostics;
using Xunit;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the ninth independent author's sets (contextual-tuning-12, contextual-heldout-9,
/// identifier-heldout-9). They only count rows, labels and kinds: they never call the classifier, and
/// their messages never quote a row, so held-out text cannot leak into test output.
/// </summary>
public sealed class HeldOut9ShapeTests
{
    private static readonly string DataDir =
        Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data");

    private static readonly string[] ContextualKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] AdversarialKinds =
        ["glued", "cf", "split", "newline", "dotted", "base64", "digits", "fullwidth"];

    [Fact]
    public void ContextualHeldOut9_HasTwentyTwoRowsPerKindPerLanguage_AndHardNegatives()
    {
        var rows = Load("contextual-heldout-9.tsv");

        Assert.InRange(rows.Count, 440, 500);
        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        foreach (var kind in ContextualKinds)
        {
            var ofKind = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(ofKind.Count(r => IsChinese(r.Text)) >= 20, $"{kind}: fewer than 20 zh rows");
            Assert.True(ofKind.Count(r => !IsChinese(r.Text)) >= 20, $"{kind}: fewer than 20 en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.InRange(negatives.Count, 140, 200);
        Assert.True(negatives.Count(r => IsChinese(r.Text)) >= 60, "fewer than 60 zh negatives");
        Assert.True(negatives.Select(r => r.Kind).Distinct().Count() >= 8, "negatives span fewer than 8 kinds");
    }

    [Fact]
    public void ContextualTuning12_IsAboutHalfChinese_WithBothLabels()
    {
        var rows = Load("contextual-tuning-12.tsv");

        Assert.InRange(rows.Count, 140, 180);
        Assert.Contains(rows, r => r.Label == 1);
        Assert.Contains(rows, r => r.Label == 0);
        Assert.InRange(rows.Count(r => IsChinese(r.Text)), rows.Count * 2 / 5, rows.Count * 3 / 5);
        foreach (var kind in ContextualKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 10, $"{kind}: fewer than 10 rows");
        }
    }

    [Fact]
    public void IdentifierHeldOut9_IsAboutTwoThirdsSensitive_AndCoversEveryKind()
    {
        var rows = Load("identifier-heldout-9.tsv");

        Assert.InRange(rows.Count, 280, 340);
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive, rows.Count * 3 / 5, rows.Count * 4 / 5);
        var minimums = new Dictionary<string, int>
        {
            ["card"] = 30, ["card_label"] = 8, ["cn_id"] = 8, ["cn_id15"] = 3, ["ssn"] = 5, ["iban"] = 15,
            ["phone"] = 20, ["licence"] = 6, ["passport"] = 6, ["key"] = 15,
        };
        foreach (var kind in AdversarialKinds)
        {
            minimums[kind] = 3;
        }

        foreach (var (kind, minimum) in minimums)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= minimum, $"{kind}: fewer than {minimum} rows");
        }

        Assert.True(rows.Count(r => r.Label == 0) >= 80, "fewer than 80 number-heavy negatives");
    }

    [Fact]
    public void IdentifierHeldOut9_RegeneratesByteIdentically_WhenPythonIsPresent()
    {
        var script = FindGenerator();
        if (script is null || !TryRun("python3", ["--version"], out _))
        {
            return; // xunit 2 has no dynamic skip: without python3 or the source tree there is nothing to check.
        }

        Assert.True(TryRun("python3", [script, "--check"], out var exitCode), "python3 did not finish in time");
        Assert.Equal(0, exitCode);
    }

    private sealed record Row(int Label, string Kind, string Text);

    private static List<Row> Load(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(DataDir, file));
        Assert.StartsWith("#", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines.TakeWhile(l => l.StartsWith('#')), l => l.Contains("s19-author9", StringComparison.Ordinal));

        var rows = new List<Row>();
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            Assert.True(parts.Length == 3, $"{file}: a row without exactly three columns");
            Assert.True(parts[0] is "0" or "1", $"{file}: a label other than 0 or 1");
            Assert.False(string.IsNullOrWhiteSpace(parts[1]) || string.IsNullOrWhiteSpace(parts[2]), $"{file}: empty kind or text");
            rows.Add(new Row(parts[0] == "1" ? 1 : 0, parts[1], parts[2]));
        }

        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        return rows;
    }

    private static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    // The generator is not copied to the output folder; find it in the source tree above the test binaries.
    private static string? FindGenerator()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Router.Tests", "Classification", "Sensitivity", "Data", "tools", "identifier_heldout9.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool TryRun(string fileName, string[] arguments, out int exitCode)
    {
        exitCode = -1;
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return false;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            exitCode = process.ExitCode;
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // python3 is not on PATH
        }
    }
}
