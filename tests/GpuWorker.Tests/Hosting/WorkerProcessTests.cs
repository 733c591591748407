using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Hosting;

/// <summary>
/// The worker as a process, the way a container runs it: a normal stop (SIGTERM) ends with exit code 0 and no
/// unhandled exception; a bad model or a bad native-library folder ends with a non-zero code and says which file.
/// </summary>
public sealed class WorkerProcessTests : IDisposable
{
    private readonly TinyModelFile _model = new();
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "worker-process-" + Guid.NewGuid().ToString("N"));

    public WorkerProcessTests() => Directory.CreateDirectory(_scratch);

    [Fact]
    public async Task Sigterm_WhenReady_ExitsZeroWithoutUnhandledException()
    {
        await using var worker = WorkerProcess.Start(new Dictionary<string, string> { ["Worker__ModelPath"] = _model.Path });
        await worker.WaitReadyAsync();

        worker.SendSigterm();
        var exitCode = await worker.WaitForExitAsync();

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{worker.Output}");
        Assert.DoesNotContain("Unhandled exception", worker.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Application is shutting down", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TruncatedModel_ExitsNonZeroNamingTheFile()
    {
        var truncated = Path.Combine(_scratch, "truncated.gguf");
        var bytes = await File.ReadAllBytesAsync(_model.Path);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length * 2 / 3)]);
        await using var worker = WorkerProcess.Start(new Dictionary<string, string> { ["Worker__ModelPath"] = truncated });

        var exitCode = await worker.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(truncated, worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", worker.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Start_NativeLibraryFolderMissing_ExitsNonZeroNamingTheFolder()
    {
        var missing = Path.Combine(_scratch, "no-such-natives");
        await using var worker = WorkerProcess.Start(new Dictionary<string, string>
        {
            ["Worker__ModelPath"] = _model.Path,
            ["Worker__NativeLibraryPath"] = missing,
        });

        var exitCode = await worker.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"Worker:NativeLibraryPath '{missing}' does not exist", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", worker.Output, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A folder with a llama.cpp shared build is loaded instead of the NuGet one; here LLamaSharp's own AVX2
    /// build, copied out of the runtimes tree, stands in for one built elsewhere.</summary>
    [Fact]
    public async Task Start_NativeLibraryFolder_ServesFromThatBuildAndStopsCleanly()
    {
        var packaged = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "avx2");
        Assert.True(Directory.Exists(packaged), $"LLamaSharp's linux-x64 AVX2 build is not at {packaged}");
        var folder = Path.Combine(_scratch, "natives");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(packaged))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        await using var worker = WorkerProcess.Start(new Dictionary<string, string>
        {
            ["Worker__ModelPath"] = _model.Path,
            ["Worker__NativeLibraryPath"] = folder,
        });
        var health = await worker.WaitReadyAsync();
        using var client = new HttpClient { BaseAddress = worker.BaseAddress };
        using var chat = await client.PostAsync("/v1/chat/completions", new StringContent(
            """{"messages":[{"role":"user","content":"hello"}],"max_tokens":4}""", System.Text.Encoding.UTF8, "application/json"));
        var maps = await File.ReadAllTextAsync($"/proc/{worker.ProcessId}/maps");
        worker.SendSigterm();
        var exitCode = await worker.WaitForExitAsync();

        Assert.Contains("\"backend\":\"custom\"", health, StringComparison.Ordinal);
        Assert.True(chat.IsSuccessStatusCode, await chat.Content.ReadAsStringAsync());
        Assert.Contains(Path.Combine(folder, "libllama.so"), maps, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, "libggml-cpu.so"), maps, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine("runtimes", "linux-x64", "native", "avx512", "libllama.so"), maps, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    public void Dispose()
    {
        _model.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // best effort on a temp folder
        }
    }
}
