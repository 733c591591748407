namespace Router.Resilience.Tests.Support;

/// <summary>An Azurite of the test's own (blob, queue, table on free ports) with its data in a temp folder,
/// so a restart with the same folder keeps what was written.</summary>
internal sealed class PrivateAzurite : IDisposable
{
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly int _blobPort = FreePort.Next();
    private readonly int _queuePort = FreePort.Next();
    private readonly int _tablePort = FreePort.Next();
    private readonly TempFolder _location = new("resilience-azurite");
    private ServiceProcess? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/{Account};QueueEndpoint=http://127.0.0.1:{_queuePort}/{Account};TableEndpoint=http://127.0.0.1:{_tablePort}/{Account};";

    public static Task<PrivateAzurite> StartAsync() => Ports.StartWithRetryAsync(() => new PrivateAzurite(), a => a.RestartAsync());

    public async Task RestartAsync()
    {
        _process = ServiceProcess.Start(RepoPaths.Azurite(),
        [
            "--skipApiVersionCheck", "--disableTelemetry", "--loose", "--silent",
            "--location", _location.Path,
            "--blobHost", "127.0.0.1", "--blobPort", _blobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", _queuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", _tablePort.ToString(),
        ]);
        var process = _process;
        // Generous: Azurite (node) took 35 s to listen on the shared 2-core machine at load average 50.
        await Ports.WaitListeningAsync(_tablePort, TimeSpan.FromSeconds(120), () => process.Output, process);
        await Ports.WaitListeningAsync(_queuePort, TimeSpan.FromSeconds(60), () => process.Output, process);
    }

    /// <summary>A stop, not a crash: Azurite's table store (LokiJS) writes to disk on exit, and a SIGKILL loses
    /// its last seconds, which would be Azurite's loss, not ours.</summary>
    public void Stop()
    {
        _process?.Stop(TimeSpan.FromSeconds(10));
        Kill();
    }

    public void Kill()
    {
        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Kill();
        _location.Dispose();
    }
}
