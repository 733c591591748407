namespace Router.Resilience.Tests.Support;

/// <summary>A redis-server of the test's own on a free port, without persistence, that the test may stop.</summary>
internal sealed class PrivateRedis : IDisposable
{
    private ServiceProcess? _process;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static Task<PrivateRedis> StartAsync() => Ports.StartWithRetryAsync(() => new PrivateRedis(), r => r.RestartAsync());

    public async Task RestartAsync()
    {
        _process = ServiceProcess.Start(RepoPaths.RedisServer(), ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
        var process = _process;
        await Ports.WaitListeningAsync(Port, TimeSpan.FromSeconds(60), () => process.Output, process);
    }

    public void Kill()
    {
        _process?.Dispose();
        _process = null;
        if (Ports.IsListening(Port))
        {
            throw new InvalidOperationException($"redis on port {Port} still listens after kill");
        }
    }

    public void Dispose() => Kill();
}
