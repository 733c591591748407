using System.ComponentModel;
using System.Diagnostics;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Shape checks for the fourteenth author's blind sets (evaluation only). These tests only count rows and kinds so a
/// truncated or mangled file is noticed; they never run the classifier and never print a row, so nobody tunes on them.
/// </summary>
public sealed class HeldOut14ShapeTests
{
    private const string ContextualFile = "contextual-heldout-14.tsv";
    private const string IdentifierFile = "identifier-heldout-14.tsv";

    private static readonly string[] ContextualKinds = ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private sealed record Row(int Label, string Kind, string Text);

    private static List<Row> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", name);
        Assert.True(File.Exists(path), $"{name} is not copied to the test output");
        var rows = new List<Row>();
        var headerDone = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                // Provenance lines come first; a '#' line after the rows would be a row the loader skipped.
                Assert.False(headerDone, $"{name}: '#' line after the first row");
                continue;
            }

            headerDone = true;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            Assert.True(cells.Length == 3, $"{name}: row {rows.Count + 1} has {cells.Length} cells");
            Assert.True(cells[0] is "0" or "1", $"{name}: row {rows.Count + 1} has a bad label");
            Assert.False(string.IsNullOrWhiteSpace(cells[1]), $"{name}: row {rows.Count + 1} has no kind");
            Assert.False(string.IsNullOrWhiteSpace(cells[2]), $"{name}: row {rows.Count + 1} has no text");
            rows.Add(new Row(cells[0] == "1" ? 1 : 0, cells[1], cells[2]));
        }

        return rows;
    }

    private static bool HasHan(string text) => text.Any(c => c >= '\u3400' && c <= '\u9fff');

    [Fact]
    public void ContextualHeldOut14_Shape_HasKindsLanguagesAndHardNegatives()
    {
        var rows = Load(ContextualFile);

        Assert.InRange(rows.Count, 460, 560);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        foreach (var kind in ContextualKinds)
        {
            var sensitive = rows.Where(r => r.Label == 1 && r.Kind == kind).ToList();
            Assert.True(sensitive.Count(r => HasHan(r.Text)) >= 22, $"{kind}: fewer than 22 zh rows");
            Assert.True(sensitive.Count(r => !HasHan(r.Text)) >= 22, $"{kind}: fewer than 22 en rows");
        }

        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 170, $"only {negatives.Count} negatives");
        Assert.True(negatives.Count(r => HasHan(r.Text)) >= 80, "fewer than 80 zh negatives");
        Assert.True(negatives.Count(r => !HasHan(r.Text)) >= 80, "fewer than 80 en negatives");
        Assert.True(negatives.Select(r => r.Kind).Distinct(StringComparer.Ordinal).Count() >= 8, "negatives lack variety");
    }

    [Fact]
    public void IdentifierHeldOut14_Shape_HasKindsAndNumberHeavyNegatives()
    {
        var rows = Load(IdentifierFile);

        Assert.InRange(rows.Count, 330, 480);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        var share = rows.Count(r => r.Label == 1) / (double)rows.Count;
        Assert.InRange(share, 0.55, 0.68);
        Assert.True(rows.Count(r => r.Label == 0) >= 130, "fewer than 130 negatives");

        var minimums = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["card"] = 40, ["cn_id"] = 10, ["ssn"] = 5, ["iban"] = 20, ["phone"] = 30, ["licence"] = 5,
            ["passport"] = 5, ["key"] = 15, ["cf"] = 5, ["split"] = 5, ["glued"] = 5, ["base64"] = 3, ["digits"] = 5,
        };
        foreach (var (kind, minimum) in minimums)
        {
            var count = rows.Count(r => r.Label == 1 && r.Kind == kind);
            Assert.True(count >= minimum, $"{kind}: {count} sensitive rows, expected at least {minimum}");
        }

        // Split rows carry the message separator the evaluation joins on.
        Assert.All(rows.Where(r => r.Kind == "split"), r => Assert.Contains('\u241e', r.Text));
    }

    [Fact]
    public async Task IdentifierHeldOut14_Generator_RegeneratesTheFileByteForByte()
    {
        var script = FindGenerator();
        if (script is null)
        {
            return; // the source tree is not next to the test output (e.g. a copied build): nothing to compare
        }

        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--check");

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return; // no python3 on this machine: skipped
        }

        Assert.NotNull(process);
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var error = await stderr;
            var output = await stdout;
            Assert.True(process.ExitCode == 0, $"generator --check failed: {error.Trim()} {output.Trim()}");
        }
    }

    private static string? FindGenerator()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Router.Tests", "Classification", "Sensitivity", "Data",
                "tools", "identifier_heldout14.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
