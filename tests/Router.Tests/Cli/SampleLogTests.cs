using System.CommandLine;
using System.Text.Json;
using Router.Cli;

namespace Router.Tests.Cli;

/// <summary>The shipped samples/requests.jsonl stays readable by both commands.</summary>
public sealed class SampleLogTests
{
    private static string SamplePath() => RepoRoot.Combine("samples", "requests.jsonl");

    [Fact]
    public async Task Replay_SampleLog_EveryLineReadAndPriced()
    {
        var output = new StringWriter();

        var exit = await RouterCli.Create(CliFixtures.Services)
            .Parse(["replay", "--in", SamplePath(), "--json"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        var report = JsonDocument.Parse(output.ToString()).RootElement;

        Assert.Equal(0, exit);
        Assert.InRange(report.GetProperty("requests").GetInt32(), 200, 500);
        Assert.Equal(0, report.GetProperty("bad_lines").GetInt32());
        Assert.True(report.GetProperty("premium_cost_usd").GetDecimal() > report.GetProperty("cost_usd").GetDecimal());
    }

    [Fact]
    public async Task Classify_SampleLog_OneOutputPerLineNoErrors()
    {
        var outputPath = CliFixtures.TempFile();
        try
        {
            var exit = await RouterCli.Create(CliFixtures.Services)
                .Parse(["classify", "--in", SamplePath(), "--out", outputPath])
                .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() });
            var lines = File.ReadAllLines(outputPath);

            Assert.Equal(0, exit);
            Assert.Equal(File.ReadAllLines(SamplePath()).Count(l => l.Length > 0), lines.Length);
            Assert.DoesNotContain(lines, l => l.Contains("\"error\"", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outputPath);
        }
    }
}
