using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Router.Cli;
using Router.Tests.Routing;

namespace Router.Tests.Cli;

public sealed class PricesCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> Run(DateOnly today, IDictionary<string, string?>? overrides = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var services = RoutingFixtures.Services(overrides, s => s.AddSingleton<TimeProvider>(clock));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await RouterCli.Create(() => services).Parse(["prices"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Prices_Fresh_ListsEveryPriceWithSourceAndAge()
    {
        var (exit, output, error) = await Run(new DateOnly(2026, 12, 15), new Dictionary<string, string?>
        {
            ["Router:Prices:gpt-4o:AsOf"] = "2026-12-05",
            ["Router:Prices:gpt-4o-mini:AsOf"] = "2026-12-05",
            ["Router:Prices:gpt-4.1:AsOf"] = "2026-12-05",
            ["Router:Prices:qwen2.5-7b-instruct:AsOf"] = "2026-12-05",
            ["Router:Prices:qwen2.5-32b-instruct:AsOf"] = "2026-12-05",
        });

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Matches(@"gpt-4o\s+model default\s+2\.50\s+1\.25\s+10\.00\s+2026-12-05\s+10d", output);
        Assert.Matches(@"qwen2\.5-7b-instruct\s+gpu-worker.*\s2026-12-05\s+10d", output);
        Assert.Contains("azure.microsoft.com", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_OlderThan90Days_FlaggedAndExit1()
    {
        var (exit, output, error) = await Run(new DateOnly(2026, 12, 15), new Dictionary<string, string?> { ["Router:Prices:gpt-4o:AsOf"] = "2026-08-01" });

        Assert.Equal(1, exit);
        Assert.Matches(@"gpt-4o\s.*2026-08-01\s+136d!", output);
        Assert.Contains("older than 90 days", error, StringComparison.Ordinal);
    }
}
