using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace GpuWorker.Tests.TestSupport;

/// <summary>
/// The built worker (GpuWorker.dll next to the tests, with its natives) as a child process, on 127.0.0.1 and a port
/// Kestrel picks: what a container runtime sees (exit code, output), not what an in-process host shows.
/// Waits are for states (a log line, /health, the exit) with generous limits, never for elapsed times.
/// </summary>
internal sealed partial class WorkerProcess : IAsyncDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process) => _process = process;

    public Uri? BaseAddress { get; private set; }

    public int ProcessId => _process.Id;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GpuWorker.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        info.Environment["Worker__Threads"] = "1";
        info.Environment["Worker__ContextSize"] = "256";
        info.Environment["Worker__MaxConcurrent"] = "2";
        info.Environment["Logging__LogLevel__Default"] = "Information";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var worker = new WorkerProcess(new Process { StartInfo = info });
        worker._process.OutputDataReceived += (_, e) => worker.Collect(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Collect(e.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>Waits until Kestrel listens and /health says ready.</summary>
    public async Task<string> WaitReadyAsync()
    {
        var exited = _process.WaitForExitAsync();
        var listening = await Task.WhenAny(_listening.Task, exited).WaitAsync(Generous);
        Assert.True(listening == _listening.Task, "The worker exited before listening:\n" + Output);
        BaseAddress = await _listening.Task;
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + Generous;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "The worker exited before it was ready:\n" + Output);
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    return await health.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
                // not accepting yet
            }

            await Task.Delay(200);
        }

        Assert.Fail("The worker did not become ready:\n" + Output);
        return "";
    }

    /// <summary>What a container runtime sends to stop it (docker stop, a scale-in).</summary>
    public void SendSigterm()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the process to end on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
