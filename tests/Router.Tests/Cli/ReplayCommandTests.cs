using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Cli;

namespace Router.Tests.Cli;

public sealed class ReplayCommandTests : IDisposable
{
    private static readonly string[] Log =
    [
        """{"id":1,"prompt":"easy","prompt_tokens":1000,"completion_tokens":100}""",
        """{"id":2,"prompt":"hard","prompt_tokens":1000,"completion_tokens":100}""",
        """{"id":3,"prompt":"hard, mail a@b.c","prompt_tokens":1000,"completion_tokens":100}""",
        """{"id":4,"prompt":"easy","model":"no-such-model","prompt_tokens":1000,"completion_tokens":100}""",
        "not json",
    ];

    private readonly string _input = CliFixtures.TempFile(Log);

    public void Dispose() => File.Delete(_input);

    private async Task<(int Exit, string Output)> Run(params string[] extra)
    {
        var output = new StringWriter();
        var exit = await RouterCli.Create(CliFixtures.Services)
            .Parse(["replay", "--in", _input, .. extra])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Replay_Json_NumbersMatchCalculator()
    {
        var services = CliFixtures.Services();
        var costs = services.GetRequiredService<ICostCalculator>();
        var prices = services.GetRequiredService<IPriceCatalog>();
        var usage = new TokenUsage(1000, 100);
        var expectedCost = costs.Cost("qwen2.5-7b-instruct", usage) + costs.Cost("gpt-4o", usage) + costs.Cost("qwen2.5-32b-instruct", usage);
        var expectedPremium = 3 * costs.PremiumCost(usage);
        var expectedBreakEven = BreakEven.Calculate(prices.Get("qwen2.5-7b-instruct"), prices.Get("gpt-4o"), 3000m / 3300m);

        var (exit, output) = await Run("--json");
        var report = JsonDocument.Parse(output).RootElement;

        Assert.Equal(1, exit); // one bad line
        Assert.Equal(4, report.GetProperty("requests").GetInt32());
        Assert.Equal(3, report.GetProperty("served").GetInt32());
        Assert.Equal(1, report.GetProperty("refused").GetInt32());
        Assert.Equal(1, report.GetProperty("bad_lines").GetInt32());
        Assert.Equal(expectedCost, report.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(expectedPremium, report.GetProperty("premium_cost_usd").GetDecimal());
        Assert.Equal(expectedPremium - expectedCost, report.GetProperty("savings_usd").GetDecimal());
        Assert.Equal(Math.Round((expectedPremium - expectedCost) / expectedPremium * 100m, 2), report.GetProperty("savings_percent").GetDecimal());
        var routes = report.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("route").GetString()!).ToArray();
        Assert.Equal(["private-small", "private-large", "closed"], routes);
        var small = report.GetProperty("break_even").EnumerateArray().First(b => b.GetProperty("result").GetProperty("gpu_model").GetString() == "qwen2.5-7b-instruct");
        Assert.Equal(expectedBreakEven.BreakEvenTokensPerMonth, small.GetProperty("result").GetProperty("break_even_tokens_per_month").GetDecimal());
    }

    [Fact]
    public async Task Replay_Text_ShowsRoutesSavingsAndBreakEven()
    {
        var (_, output) = await Run();

        Assert.Contains("private-small", output, StringComparison.Ordinal);
        Assert.Contains("Savings:", output, StringComparison.Ordinal);
        Assert.Contains("Break-even qwen2.5-7b-instruct", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_NoTokenCounts_EstimatedWithDefaultCompletion()
    {
        var input = CliFixtures.TempFile("""{"id":1,"prompt":"Hello world"}""");
        try
        {
            var output = new StringWriter();
            var exit = await RouterCli.Create(CliFixtures.Services)
                .Parse(["replay", "--in", input, "--json", "--completion-tokens", "50"])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
            var report = JsonDocument.Parse(output.ToString()).RootElement;

            Assert.Equal(0, exit);
            Assert.Equal(1, report.GetProperty("estimated_token_requests").GetInt32());
            Assert.Equal(2, report.GetProperty("prompt_tokens").GetInt64()); // "Hello", " world" in o200k
            Assert.Equal(50, report.GetProperty("completion_tokens").GetInt64());
        }
        finally
        {
            File.Delete(input);
        }
    }
}
