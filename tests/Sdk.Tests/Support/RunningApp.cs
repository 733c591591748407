using System.Diagnostics;
using System.Net;
using GpuWorker.Hosting;
using GpuWorker.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Router.Tests.Fakes;

namespace Sdk.Tests.Support;

/// <summary>
/// The built function app as its own process on a free loopback port, its closed route on the fake Azure OpenAI
/// server and its private routes on the real GPU worker (tiny model, in this process). Tenant "closed" may use only
/// the closed route, tenant "private" only the private ones.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    public const string ClosedKey = "sdk-closed-key";
    public const string PrivateKey = "sdk-private-key";
    public const string Deployment = "gpt-4o-deploy";

    private readonly TinyModelFile _model = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "sdk-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _worker;
    private Process? _app;

    public FakeAzureOpenAiServer Closed { get; } = new();
    public Uri ApiBase { get; private set; } = null!;
    public string AppOutput => _output.ToString();
    private readonly System.Text.StringBuilder _output = new();

    public const string ClosedJsonAnswer = """{"name":"Ada","age":36}""";
    public const string ClosedFinalAnswer = "It is 18 °C in Paris.";
    public static readonly FakeToolCall ClosedCall = new("call_closed_1", "get_weather", """{"city":"Paris"}""");

    public async Task InitializeAsync()
    {
        // The closed model: JSON for a response_format, else a tool round trip (a call, then the answer once the
        // history has the tool's result).
        static bool AsksJson(string b) => b.Contains("\"response_format\"", StringComparison.Ordinal);
        static bool Streams(string b) => b.Contains("\"stream\":true", StringComparison.Ordinal);
        Closed.GivenBody(Deployment, b => AsksJson(b) && Streams(b), r => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream").WithBody(OpenAiWire.Stream(["{\"name\":\"Ada\",", "\"age\":36}"])), priority: 1);
        Closed.GivenBody(Deployment, b => AsksJson(b) && !Streams(b), r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(OpenAiWire.Completion(ClosedJsonAnswer)), priority: 1);
        Closed.GivenToolRoundTrip(Deployment, ClosedCall, ClosedFinalAnswer);

        var workerUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WorkerHost.CreateBuilder(["--urls", workerUrl]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Worker:ModelPath"] = _model.Path,
            ["Worker:Threads"] = "1",
            ["Worker:ContextSize"] = "4096",
            ["Worker:MaxConcurrent"] = "1",
        });
        builder.Logging.ClearProviders();
        _worker = WorkerHost.Build(builder);
        await _worker.StartAsync();

        var appUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var start = new ProcessStartInfo("dotnet", [FunctionsDll(), "--urls", appUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(FunctionsDll())!,
        };
        foreach (var (name, value) in Settings(workerUrl))
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _app = Process.Start(start)!;
        _app.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _app.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        ApiBase = new Uri(appUrl + "/api/v1/");
        await WaitReadyAsync();
    }

    private Dictionary<string, string> Settings(string workerUrl) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        [$"Auth:ApiKeys:{ClosedKey}"] = "closed",
        [$"Auth:ApiKeys:{PrivateKey}"] = "private",
        ["Router:Tenants:closed:DisplayName"] = "Closed only",
        ["Router:Tenants:closed:AllowedRoutes:0"] = "Closed",
        ["Router:Tenants:private:DisplayName"] = "Private only",
        ["Router:Tenants:private:AllowedRoutes:0"] = "PrivateSmall",
        ["Router:Tenants:private:AllowedRoutes:1"] = "PrivateLarge",
        ["Backends:AzureOpenAI:Deployments:0:Endpoint"] = Closed.Endpoint,
        ["Backends:AzureOpenAI:Deployments:0:Deployment"] = Deployment,
        ["Backends:AzureOpenAI:Deployments:0:Model"] = "gpt-4o",
        ["Backends:AzureOpenAI:ApiKey"] = "test-key",
        ["Backends:GpuWorker:BaseUrl"] = workerUrl,
        ["Backends:GpuWorker:RequestTimeout"] = "00:02:00",
        ["Backends:GpuWorker:HealthProbeTimeout"] = "00:00:10",
        ["Backends:GpuWorker:ColdStartWait"] = "00:01:00",
        // The classifiers are not under test; on a loaded machine their 250 ms budget fails closed (sensitive).
        ["Router:ClassificationTimeout"] = "00:00:10",
        ["Ledger:SqlitePath"] = Path.Combine(_data, "ledger.db"),
        ["Ledger:SpoolDirectory"] = Path.Combine(_data, "spool"),
        ["Pipeline:DefaultMaxCompletionTokens"] = "300",
    };

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("api-key", ClosedKey);
        try
        {
            await Wait.UntilAsync(async () =>
            {
                if (_app!.HasExited)
                {
                    throw new InvalidOperationException($"The app exited with {_app.ExitCode}:\n{AppOutput}");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri(ApiBase, "models"));
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            }, "the app to answer GET /models", TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{AppOutput}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        _app?.Dispose();
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        Closed.Dispose();
        _model.Dispose();
        try { Directory.Delete(_data, recursive: true); }
        catch (IOException) { /* best effort on a temp folder */ }
    }

    private static string FunctionsDll() => RepoRoot.FunctionsDll();
}

/// <summary>One running app (and worker) for every SDK test, which then run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class RunningAppCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "running app";
}
