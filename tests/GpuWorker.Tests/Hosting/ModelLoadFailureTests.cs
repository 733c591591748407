using System.Text;
using GpuWorker.Hosting;
using GpuWorker.Inference;
using GpuWorker.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GpuWorker.Tests.Hosting;

/// <summary>A bad model file fails the start, naming the file and the reason.</summary>
public sealed class ModelLoadFailureTests : IDisposable
{
    private readonly TinyModelFile _model = new();
    private readonly string _bad = Path.Combine(Path.GetTempPath(), "bad-model-" + Guid.NewGuid().ToString("N") + ".gguf");

    private static WebApplication Build(string modelPath)
    {
        var builder = WorkerHost.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:ModelPath"] = modelPath, ["Worker:Threads"] = "1" });
        builder.Logging.ClearProviders();
        return WorkerHost.Build(builder);
    }

    /// <summary>Starts the worker, waits for the load to fail, and returns the reason it gives.</summary>
    private static async Task<string> LoadFailureAsync(string modelPath)
    {
        await using var app = Build(modelPath);
        await app.StartAsync();
        var state = app.Services.GetRequiredService<ModelState>();
        await Wait.UntilAsync(() => state.Error is not null || state.IsReady, "the model load to end");

        Assert.False(state.IsReady);
        Assert.NotNull(state.Error);
        Assert.Equal("failed", state.Status);
        Assert.True(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        return state.Error!;
    }

    [Fact]
    public async Task Start_NotAGgufFile_FailsValidationNamingFileAndReason()
    {
        await File.WriteAllTextAsync(_bad, "this is not a model");
        await using var app = Build(_bad);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(_bad, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a GGUF file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TruncatedModel_StopsTheWorkerNamingFileAndReason()
    {
        var bytes = await File.ReadAllBytesAsync(_model.Path);
        await File.WriteAllBytesAsync(_bad, bytes[..(bytes.Length * 2 / 3)]);

        var error = await LoadFailureAsync(_bad);

        Assert.Contains(_bad, error, StringComparison.Ordinal);
        Assert.DoesNotContain("gave no reason", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownArchitecture_StopsTheWorkerNamingFileAndArchitecture()
    {
        // Same length, so the rest of the file stays valid: general.architecture = "llamb".
        var bytes = await File.ReadAllBytesAsync(_model.Path);
        var key = Encoding.UTF8.GetBytes("general.architecture");
        var at = bytes.AsSpan().IndexOf(key) + key.Length + 4 + 8; // value type (u32), string length (u64)
        Assert.Equal("llama", Encoding.UTF8.GetString(bytes, at, 5));
        bytes[at + 4] = (byte)'b';
        await File.WriteAllBytesAsync(_bad, bytes);

        var error = await LoadFailureAsync(_bad);

        Assert.Contains(_bad, error, StringComparison.Ordinal);
        Assert.Contains("llamb", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        File.Delete(_bad);
        _model.Dispose();
    }
}
