using GpuWorker.TinyModel;

namespace GpuWorker.Tests.TestSupport;

/// <summary>The worker's tiny GGUF (random weights, real llama.cpp), written into a temp folder of its own.
/// Shared with Integration.Tests (linked into that project).</summary>
public sealed class TinyModelFile : IDisposable
{
    private readonly string _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tiny-model-" + Guid.NewGuid().ToString("N"));

    public TinyModelFile()
    {
        Path = System.IO.Path.Combine(_dir, "tiny.gguf");
        TinyModelWriter.Write(Path, seed: 7);
    }

    /// <summary>The worker reports the file name without extension as its model id.</summary>
    public const string ModelId = "tiny";

    public string Path { get; }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort on a temp folder */ }
    }
}
