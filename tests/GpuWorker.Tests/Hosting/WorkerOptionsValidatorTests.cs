using GpuWorker.Hosting;
using GpuWorker.Inference;

namespace GpuWorker.Tests.Hosting;

public sealed class WorkerOptionsValidatorTests
{
    [Fact]
    public void Validate_MissingModelFile_FailsNamingThePath()
    {
        var result = new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = "/nope/model.gguf" });

        Assert.True(result.Failed);
        Assert.Contains("/nope/model.gguf", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsAllAtOnce()
    {
        var result = new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = "", MaxConcurrent = 0, QueueBound = 0, ContextSize = 1 });

        Assert.Equal(4, result.Failures!.Count());
    }

    [Fact]
    public void Validate_ExistingModelAndDefaults_Succeeds()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, "GGUF\u0003\0\0\0"u8.ToArray());
            Assert.True(new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = file }).Succeeded);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void EffectiveModelId_NoModelId_UsesFileName()
    {
        Assert.Equal("qwen2.5-7b-instruct-q4_k_m", new WorkerOptions { ModelPath = "/models/qwen2.5-7b-instruct-q4_k_m.gguf" }.EffectiveModelId);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("PK\u0003\u0004 a zip", "is not a GGUF file")]
    public void Validate_NotAGgufFile_FailsNamingFileAndReason(string content, string reason)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);
            var result = new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = file });

            Assert.True(result.Failed);
            Assert.Contains(file, result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_NativeLibraryFolderMissing_FailsNamingTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-natives-" + Guid.NewGuid().ToString("N"));

        var result = new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = "", NativeLibraryPath = folder });

        Assert.Contains(result.Failures!, f => f.StartsWith($"Worker:NativeLibraryPath '{folder}' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NativeLibraryFolderWithoutLibllama_FailsNamingTheMissingFiles()
    {
        var folder = Directory.CreateTempSubdirectory("natives-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, NativeLibraryFolder.FileName("ggml")), [0]);

            var failure = Assert.Single(new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = "", NativeLibraryPath = folder }).Failures!,
                f => f.Contains("NativeLibraryPath", StringComparison.Ordinal));

            Assert.Contains(folder, failure, StringComparison.Ordinal);
            Assert.Contains(NativeLibraryFolder.FileName("llama"), failure, StringComparison.Ordinal);
            Assert.Contains(NativeLibraryFolder.FileName("ggml-base"), failure, StringComparison.Ordinal);
            Assert.DoesNotContain(NativeLibraryFolder.FileName("ggml") + ",", failure, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_NativeLibraryFolderWithTheLibraries_Succeeds()
    {
        var folder = Directory.CreateTempSubdirectory("natives-").FullName;
        var model = Path.Combine(folder, "m.gguf");
        try
        {
            File.WriteAllBytes(model, "GGUF\u0003\0\0\0"u8.ToArray());
            foreach (var library in new[] { "llama", "ggml-base", "ggml" })
            {
                File.WriteAllBytes(Path.Combine(folder, NativeLibraryFolder.FileName(library)), [0]);
            }

            Assert.True(new WorkerOptionsValidator().Validate(null, new WorkerOptions { ModelPath = model, NativeLibraryPath = folder }).Succeeded);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
