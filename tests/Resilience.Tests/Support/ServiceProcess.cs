using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Router.Resilience.Tests.Support;

/// <summary>A child process the test owns: started, killed (like <c>kill -9</c>) and always reaped on dispose.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Last lines the process wrote, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                var text = _output.ToString();
                return text.Length > 4000 ? text[^4000..] : text;
            }
        }
    }

    public static ServiceProcess Start(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var owner = new ServiceProcess(process);
        process.OutputDataReceived += (_, e) => owner.Append(e.Data);
        process.ErrorDataReceived += (_, e) => owner.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return owner;
    }

    /// <summary>SIGKILL to the process and its children: no shutdown hooks run.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM, then SIGKILL if it has not exited within the limit.</summary>
    public void Stop(TimeSpan limit)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            term.WaitForExit(5_000);
        }

        if (!_process.WaitForExit(limit))
        {
            Kill();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

/// <summary>A service exited before listening, typically because a "free" port was taken meanwhile.</summary>
internal sealed class PortTakenException(string message) : Exception(message);

internal static class Ports
{
    /// <summary>Starts a fresh instance up to three times: a port found free can be taken before the service binds it.</summary>
    public static async Task<T> StartWithRetryAsync<T>(Func<T> create, Func<T, Task> start)
        where T : IDisposable
    {
        for (var attempt = 1; ; attempt++)
        {
            var instance = create();
            try
            {
                await start(instance);
                return instance;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                instance.Dispose();
            }
            catch
            {
                instance.Dispose();
                throw;
            }
        }
    }

    /// <summary>Waits until something accepts TCP connections on the port.</summary>
    public static async Task WaitListeningAsync(int port, TimeSpan limit, Func<string> diagnostics, ServiceProcess? process = null)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process is { HasExited: true })
            {
                throw new PortTakenException($"the process serving 127.0.0.1:{port} exited: {diagnostics()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"nothing listened on 127.0.0.1:{port} within {limit.TotalSeconds} s. {diagnostics()}");
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
