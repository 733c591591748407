using System.ComponentModel;
using System.Diagnostics;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>One row of a held-out or tuning set: label 1 (sensitive) or 0, the author's kind, and the text.</summary>
internal sealed record HeldOutRow(int Label, string Kind, string Text);

/// <summary>
/// The shape tests' reader for the sets in Classification/Sensitivity/Data ('#' provenance lines, then label&lt;TAB&gt;kind
/// &lt;TAB&gt;text rows) and their generators' --check. Never calls the classifier; a failure never quotes a row's text.
/// </summary>
internal static class HeldOutSetFile
{
    /// <summary>Where a data file is copied to in the test output; asserts that it is there.</summary>
    public static string DataPath(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", file);
        Assert.True(File.Exists(path), $"{file} is not copied to the test output");
        return path;
    }

    /// <summary>The '#' lines that open the file (its provenance).</summary>
    public static List<string> ReadHeader(string file) =>
        File.ReadLines(DataPath(file)).TakeWhile(line => line.StartsWith('#')).ToList();

    /// <summary>Every row (both labels present): three fields, label 0 or 1, non-blank kind and text; '#' lines first.</summary>
    public static List<HeldOutRow> ReadRows(string file)
    {
        var rows = new List<HeldOutRow>();
        foreach (var (line, lineNumber) in File.ReadLines(DataPath(file)).Select((line, index) => (line, index + 1)))
        {
            if (line.StartsWith('#'))
            {
                Assert.True(rows.Count == 0, $"{file} line {lineNumber}: '#' line after the first row");
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            Assert.True(parts.Length == 3, $"{file} line {lineNumber}: {parts.Length} fields, expected label<TAB>kind<TAB>text");
            Assert.True(parts[0] is "0" or "1", $"{file} line {lineNumber}: label must be 0 or 1");
            Assert.False(string.IsNullOrWhiteSpace(parts[1]), $"{file} line {lineNumber}: empty kind");
            Assert.False(string.IsNullOrWhiteSpace(parts[2]), $"{file} line {lineNumber}: empty text");
            rows.Add(new HeldOutRow(parts[0] == "1" ? 1 : 0, parts[1], parts[2]));
        }

        Assert.True(rows.Exists(r => r.Label == 1) && rows.Exists(r => r.Label == 0), $"{file}: rows of both labels");
        return rows;
    }

    /// <summary>Whether the text holds a CJK unified ideograph (U+4E00–U+9FFF): the row is Chinese, or mixed.</summary>
    public static bool HasHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>A file of the source tree found above the test binaries; null outside a checkout.</summary>
    public static string? FindInSourceTree(string repoRelativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, repoRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Asserts "python3 -B generator --check" exits 0 within 2 minutes, output ("identical"/"DIFFERS" or a traceback) in
    /// the message. Passes unchecked without python3 or the source tree (xunit 2 has no runtime skip).
    /// </summary>
    public static async Task AssertGeneratorRegeneratesAsync(string repoRelativePath)
    {
        var script = FindInSourceTree(repoRelativePath);
        if (script is null)
        {
            return;
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-B");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--check");
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return; // python3 is not on PATH
        }

        using (process)
        {
            if (process is null)
            {
                return;
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(2))) != exited)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{Path.GetFileName(script)} --check did not finish within 2 minutes");
            }

            Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} --check failed: {(await stdout).Trim()} {(await stderr).Trim()}");
        }
    }
}
