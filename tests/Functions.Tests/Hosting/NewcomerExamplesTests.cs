using System.Text.Json;
using System.Text.RegularExpressions;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Hosting;

/// <summary>
/// The dev keys, the configured tenants and every example a newcomer copies (README, docs, scripts) agree, and
/// the batch example run.sh prints works as printed.
/// </summary>
public sealed partial class NewcomerExamplesTests
{
    private static readonly string Root = RepoRoot.Path;

    [Fact]
    public void DevKeys_EachMapToAConfiguredTenantOrTheManager()
    {
        var tenants = ConfiguredTenants();

        var unknown = DevKeys().Where(k => k.Value != "*" && !tenants.Contains(k.Value)).Select(k => $"{k.Key} → {k.Value}");

        Assert.Empty(unknown);
    }

    [Fact]
    public void Examples_NameOnlyDevKeysAndConfiguredTenants()
    {
        var keys = DevKeys();
        var tenants = ConfiguredTenants();
        var problems = new List<string>();
        foreach (var file in ExampleFiles())
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            problems.AddRange(DevKey().Matches(text).Select(m => m.Value).Where(k => !keys.ContainsKey(k)).Select(k => $"{file}: unknown key {k}"));
            problems.AddRange(TenantArgument().Matches(text).Select(m => m.Groups[1].Value).Where(t => !tenants.Contains(t)).Select(t => $"{file}: unknown tenant {t}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task PrintedBatchExample_IsProcessedAndReadableWithTheKeyPrintedBesideIt()
    {
        var (tenant, key) = PrintedBatchExample();
        var devKeys = DevKeys();
        Assert.Equal(tenant, devKeys[key]);
        await using var app = await TestApp.StartAsync(s =>
        {
            foreach (var (k, t) in devKeys)
            {
                s[$"Auth:ApiKeys:{k}"] = t;
            }
        });
        // The producer's sample message (scripts/batch-producer), through the same handler as the queue consumer.
        var message = new
        {
            id = "batch-example-1",
            tenant,
            model = "auto",
            messages = new[] { new { role = "user", content = "Summarise the benefits of unit tests in two sentences." } },
            parameters = new { maxTokens = 256 },
        };

        var (status, _) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(message));
        var result = await app.Client(key).GetAsync("/api/batch/batch-example-1");

        Assert.Equal(200, status);
        Assert.Equal(200, (int)result.StatusCode);
        Assert.Equal("completed", (await Json.ReadAsync(result)).GetProperty("status").GetString());
    }

    private static (string Tenant, string Key) PrintedBatchExample()
    {
        var line = File.ReadLines(Path.Combine(Root, "scripts/run.sh")).Single(l => l.StartsWith("Batch: ", StringComparison.Ordinal));
        return (TenantArgument().Match(line).Groups[1].Value, DevKey().Match(line).Value);
    }

    private static Dictionary<string, string> DevKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src/Functions/appsettings.Development.json")));
        return json.RootElement.GetProperty("Auth").GetProperty("ApiKeys").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private static HashSet<string> ConfiguredTenants()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src/Router/router.defaults.json")));
        return json.RootElement.GetProperty("Router").GetProperty("Tenants").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> ExampleFiles() =>
        new[] { "README.md", "scripts/run.sh", "scripts/batch-producer.sh" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(f => Path.GetRelativePath(Root, f)));

    [GeneratedRegex(@"dev-key-[a-z0-9-]+")]
    private static partial Regex DevKey();

    [GeneratedRegex(@"--tenant\s+([a-z][a-z0-9._-]*)")] // lower case: placeholders (ID, <tenant>) are not tenants
    private static partial Regex TenantArgument();
}
