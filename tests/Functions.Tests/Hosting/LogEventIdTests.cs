using System.Text.RegularExpressions;

namespace Router.Functions.Tests.Hosting;

/// <summary>
/// Every source-generated log message of the router and the function app has its own EventId, so an operator can
/// filter or alert on one message whatever its text becomes. Read from the sources: the attribute is not kept in
/// the compiled assembly.
/// </summary>
public sealed partial class LogEventIdTests
{
    [Fact]
    public void LoggerMessages_InRouterAndFunctions_EachHaveAnEventIdUsedOnce()
    {
        var root = RepoRoot.Path;
        var attributes = new[] { "src/Router", "src/Functions" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Attribute().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(root, f), Text: m.Value)))
            .ToList();

        Assert.True(attributes.Count > 50, $"only {attributes.Count} [LoggerMessage] attributes found: the scan is broken");
        Assert.Empty(attributes.Where(a => !EventId().IsMatch(a.Text)).Select(a => $"{a.File}: {a.Text}"));
        var reused = attributes.GroupBy(a => EventId().Match(a.Text).Groups[1].Value).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(a => a.File))}");
        Assert.Empty(reused);
    }

    [GeneratedRegex(@"\[LoggerMessage\([^\]]*\)\]")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"EventId = (\d+)")]
    private static partial Regex EventId();
}
