using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Xunit;

namespace Router.Tests.Classification.Sensitivity;

// Shape checks only for the fifteenth author's held-out sets: they must stay loadable and balanced,
// and the identifier generator must still regenerate its file byte for byte. The classifier is never
// called here on purpose: the rows are a blind measure and must not become a tuning target.
public sealed class HeldOut15ShapeTests
{
    private const string ContextualFile = "contextual-heldout-15.tsv";
    private const string IdentifierFile = "identifier-heldout-15.tsv";
    private const string Generator = "identifier_heldout15.py";

    private static readonly string[] ContextualSensitiveKinds =
        ["address", "birth", "health", "pay", "role", "confidential", "card"];

    private static readonly string[] IdentifierSensitiveKinds =
        ["card", "cn_id", "ssn", "iban", "phone", "licence", "passport", "key", "glued", "split", "base64", "digits"];

    private sealed record Row(int Label, string Kind, string Text);

    private static string DataPath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", name);

    private static (List<string> Header, List<Row> Rows) Load(string name)
    {
        var header = new List<string>();
        var rows = new List<Row>();
        foreach (var line in File.ReadAllLines(DataPath(name), Encoding.UTF8))
        {
            if (line.StartsWith('#'))
            {
                Assert.Empty(rows); // headers come first
                header.Add(line);
                continue;
            }
            var parts = line.Split('\t');
            Assert.Equal(3, parts.Length);
            Assert.True(parts[0] is "0" or "1", "label must be 0 or 1");
            Assert.False(string.IsNullOrWhiteSpace(parts[1]));
            Assert.False(string.IsNullOrWhiteSpace(parts[2]));
            rows.Add(new Row(parts[0] == "1" ? 1 : 0, parts[1], parts[2]));
        }
        return (header, rows);
    }

    private static bool HasHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public void ContextualFileHasProvenanceHeaderAndBalancedKinds()
    {
        var (header, rows) = Load(ContextualFile);
        var head = string.Join("\n", header);
        Assert.Contains("s25-author15", head);
        Assert.Contains("NEVER tune", head);

        Assert.InRange(rows.Count, 470, 520);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
        foreach (var kind in ContextualSensitiveKinds)
        {
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && HasHan(r.Text)));
            Assert.Equal(22, rows.Count(r => r.Label == 1 && r.Kind == kind && !HasHan(r.Text)));
        }
        var negatives = rows.Where(r => r.Label == 0).ToList();
        Assert.True(negatives.Count >= 170, $"negatives {negatives.Count}");
        Assert.True(negatives.Count(r => HasHan(r.Text)) >= 80);
        Assert.True(negatives.Count(r => !HasHan(r.Text)) >= 80);
        Assert.True(negatives.Select(r => r.Kind).Distinct().Count() >= 8);
    }

    [Fact]
    public void IdentifierFileHasProvenanceHeaderAndBalancedKinds()
    {
        var (header, rows) = Load(IdentifierFile);
        Assert.Contains("s25-author15", string.Join("\n", header));

        Assert.InRange(rows.Count, 330, 380);
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
        var sensitive = rows.Count(r => r.Label == 1);
        Assert.InRange(sensitive / (double)rows.Count, 0.55, 0.65);
        Assert.True(rows.Count - sensitive >= 130, $"negatives {rows.Count - sensitive}");
        foreach (var kind in IdentifierSensitiveKinds)
        {
            Assert.True(rows.Count(r => r.Label == 1 && r.Kind == kind) >= 5, $"kind {kind}");
        }
    }

    [Fact]
    public async Task GeneratorRegeneratesIdentifierFileByteIdentically()
    {
        var script = FindGenerator();
        Assert.NotNull(script);
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script!, "--check" },
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
            return; // no python3 on this machine: the byte check runs where it exists (xunit 2 has no runtime skip)
        }
        Assert.NotNull(process);
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stderr = process!.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"--check failed: {await stderr}");
        }
    }

    // The generator lives in the source tree (it is not copied to the output), so walk up to the repository.
    private static string? FindGenerator()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Router.Tests", "Classification", "Sensitivity",
                "Data", "tools", Generator);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
