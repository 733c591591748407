using System.Diagnostics;
using System.Text.Json;
using Sdk.Tests.Support;

namespace Sdk.Tests;

/// <summary>The official npm <c>openai</c> SDK (node/tools.mjs, installed with npm ci on first use) against the running
/// app: tool round trip, a streamed tool call reassembled by the SDK's stream helper, and a json_schema answer.</summary>
[Collection(RunningAppCollection.Name)]
public sealed class NodeSdkTests(RunningApp app)
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    [Theory]
    [InlineData("closed")]
    [InlineData("private")]
    public async Task ToolsAndJsonSchema_ThroughTheNodeSdk(string route)
    {
        var result = await RunAsync(route == "closed" ? RunningApp.ClosedKey : RunningApp.PrivateKey);

        var first = result.GetProperty("first");
        Assert.Equal("tool_calls", first.GetProperty("finish_reason").GetString());
        Assert.Equal("get_weather", first.GetProperty("tool_call").GetProperty("function").GetProperty("name").GetString());
        Schemas.AssertValid(Schemas.Weather, first.GetProperty("tool_call").GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.NotEqual("tool_calls", result.GetProperty("final").GetProperty("finish_reason").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("final").GetProperty("content").GetString()));
        var streamed = result.GetProperty("streamed");
        Assert.Equal("tool_calls", streamed.GetProperty("finish_reason").GetString());
        Schemas.AssertValid(Schemas.Weather, streamed.GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments").GetString()!);
        Schemas.AssertValid(Schemas.Person, result.GetProperty("extraction").GetProperty("content").GetString()!);
        if (route == "closed")
        {
            Assert.Equal(RunningApp.ClosedFinalAnswer, result.GetProperty("final").GetProperty("content").GetString());
        }
    }

    private async Task<JsonElement> RunAsync(string apiKey)
    {
        var folder = RepoRoot.Combine("tests", "Sdk.Tests", "node");
        await Install.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "openai")))
            {
                await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, []);
            }
        }
        finally
        {
            Install.Release();
        }

        var output = await RunProcessAsync("node", ["tools.mjs"], folder, new()
        {
            ["ROUTER_BASE_URL"] = app.ApiBase.ToString().TrimEnd('/'),
            ["ROUTER_API_KEY"] = apiKey,
        });
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    private static async Task<string> RunProcessAsync(string file, string[] args, string folder, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in environment)
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{await stderr}\n{await stdout}");
        return await stdout;
    }
}
