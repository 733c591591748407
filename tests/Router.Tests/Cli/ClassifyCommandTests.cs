using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Cli;

namespace Router.Tests.Cli;

public sealed class ClassifyCommandTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose() => _files.ForEach(File.Delete);

    private string Temp(params string[] lines)
    {
        var path = CliFixtures.TempFile(lines);
        _files.Add(path);
        return path;
    }

    private async Task<(int Exit, JsonElement[] Lines, string Error)> Run(params string[] inputLines)
    {
        var input = Temp(inputLines);
        var output = Temp();
        var error = new StringWriter();
        var exit = await RouterCli.Create(CliFixtures.Services)
            .Parse(["classify", "--in", input, "--out", output])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        return (exit, lines, error.ToString());
    }

    [Fact]
    public async Task Classify_BadLineInMiddle_ErrorLineInPlaceRestKeptExitOne()
    {
        var (exit, lines, _) = await Run(
            """{"id":"a","prompt":"Say hi"}""",
            """{"id":"b","prompt": not json""",
            """{"id":"c","messages":[{"role":"user","content":"mail bob@example.com about the hard proof"}]}""",
            """{"id":7}""",
            "",
            """{"id":"e","prompt":"hard question","model":"gpt-4o"}""");

        Assert.Equal(1, exit);
        Assert.Equal(5, lines.Length);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("private-small", lines[0].GetProperty("route").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.StartsWith("invalid JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.Equal(7, lines[3].GetProperty("id").GetInt32());
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.Equal("e", lines[4].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Classify_SensitiveHardWithEmail_PrivateLargeWithEntitySpan()
    {
        var (exit, lines, _) = await Run("""{"id":"c","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"mail bob@example.com about the hard proof"}]}""");

        var line = lines.Single();
        Assert.Equal(0, exit);
        Assert.True(line.GetProperty("sensitive").GetBoolean());
        Assert.Equal("moderate", line.GetProperty("sensitivity").GetString());
        Assert.Equal("private-large", line.GetProperty("route").GetString());
        Assert.Equal("qwen2.5-32b-instruct", line.GetProperty("model").GetString());
        Assert.Equal(0.9, line.GetProperty("difficulty").GetDouble());
        var entity = line.GetProperty("entities").EnumerateArray().Single();
        Assert.Equal("email", entity.GetProperty("type").GetString());
        Assert.Equal(5, entity.GetProperty("start").GetInt32());
        Assert.Equal(20, entity.GetProperty("end").GetInt32());
        Assert.Equal(1, entity.GetProperty("message").GetInt32());
        Assert.DoesNotContain("bob@example.com", line.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_ClassifierThrows_FailClosedLineNotCrash()
    {
        var (exit, lines, _) = await Run("""{"id":"x","prompt":"BOOM","model":"gpt-4o"}""", """{"id":"y","prompt":"hard"}""");

        Assert.Equal(0, exit);
        Assert.True(lines[0].GetProperty("sensitive").GetBoolean());
        Assert.Equal("private-large", lines[0].GetProperty("route").GetString());
        Assert.Equal("closed", lines[1].GetProperty("route").GetString());
    }

    [Fact]
    public async Task Classify_UnknownTenant_DefaultTenantPolicy()
    {
        var (exit, lines, _) = await Run("""{"id":"r","prompt":"a@b.c","tenant":"nobody"}""");

        Assert.Equal(0, exit);
        Assert.Equal("private-small", lines[0].GetProperty("route").GetString());
    }

    [Fact]
    public async Task Classify_PolicyRefuses_RefusedLineWithReasonExitZero()
    {
        var (exit, lines, _) = await Run("""{"id":"r","prompt":"hi","model":"no-such-model"}""");

        Assert.Equal(0, exit);
        Assert.Equal("refused", lines[0].GetProperty("route").GetString());
        Assert.Contains("no-such-model", lines[0].GetProperty("refused").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_ManyLines_ProgressOnStderrAndOrderKept()
    {
        var input = Enumerable.Range(0, 2500).Select(i => $$"""{"id":{{i}},"prompt":"{{(i % 2 == 0 ? "hi" : "hard")}}"}""").ToArray();

        var (exit, lines, error) = await Run(input);

        Assert.Equal(0, exit);
        Assert.Equal(Enumerable.Range(0, 2500), lines.Select(l => l.GetProperty("id").GetInt32()));
        Assert.Contains("classified 1000 lines", error, StringComparison.Ordinal);
        Assert.Contains("classified 2500 lines, 0 bad", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_InputFileMissing_OneLineErrorNamingItNoStackTrace()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.jsonl");
        var error = new StringWriter();

        var exit = await RouterCli.Create(CliFixtures.Services)
            .Parse(["classify", "--in", missing, "--out", Temp()])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.NotEqual(0, exit);
        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CliServices_NoTimeoutConfigured_OfflineBudgetNotTheRequestBudget()
    {
        var options = CliServices.Create().GetRequiredService<IOptions<RouterOptions>>().Value;

        Assert.Equal(CliServices.OfflineClassificationTimeout, options.ClassificationTimeout);
        Assert.True(options.ClassificationTimeout > new RouterOptions().ClassificationTimeout);
    }
}
