using GpuWorker.TinyModel;

namespace GpuWorker.Tests.TestSupport;

/// <summary>A tiny GGUF written once per test run into its own temp folder.</summary>
public sealed class TinyModelFile : IDisposable
{
    private readonly string _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gpuworker-tests-" + Guid.NewGuid().ToString("N"));

    public TinyModelFile()
    {
        Path = System.IO.Path.Combine(_dir, "tiny.gguf");
        TinyModelWriter.Write(Path, seed: 7);
    }

    public string Path { get; }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort on a temp folder */ }
    }
}
