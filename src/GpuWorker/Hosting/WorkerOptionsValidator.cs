using Microsoft.Extensions.Options;

namespace GpuWorker.Hosting;

/// <summary>Checks every setting and reports all problems at once.</summary>
internal sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            errors.Add("Worker:ModelPath is required (a GGUF file; `GpuWorker write-tiny-model --out FILE` writes a test model).");
        }
        else if (!File.Exists(options.ModelPath))
        {
            errors.Add($"Worker:ModelPath '{options.ModelPath}' does not exist.");
        }
        else if (GgufProblem(options.ModelPath) is { } problem)
        {
            errors.Add($"Worker:ModelPath '{options.ModelPath}' {problem}");
        }

        if (!string.IsNullOrWhiteSpace(options.NativeLibraryPath) && Inference.NativeLibraryFolder.Problem(options.NativeLibraryPath) is { } folderProblem)
        {
            errors.Add($"Worker:NativeLibraryPath '{options.NativeLibraryPath}' {folderProblem}");
        }

        Range(errors, "ContextSize", options.ContextSize, 64, 1 << 20);
        Range(errors, "Threads", options.Threads, 0, 1024);
        Range(errors, "MaxConcurrent", options.MaxConcurrent, 1, 256);
        Range(errors, "QueueBound", options.QueueBound, 1, 100_000);
        Range(errors, "GpuLayers", options.GpuLayers, -1, 10_000);
        Range(errors, "RetryAfterSeconds", options.RetryAfterSeconds, 1, 3600);
        Range(errors, "DefaultMaxTokens", options.DefaultMaxTokens, 1, 1 << 20);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // Only the signature is checked here, at once; a truncated file or an architecture llama.cpp does not know
    // fails the model load (InferenceService), which names the file and llama.cpp's reason and stops the worker.
    private static string? GgufProblem(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[4];
            var read = file.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            if (read == 0)
            {
                return "is empty.";
            }

            return read == 4 && magic.SequenceEqual("GGUF"u8) ? null : "is not a GGUF file (it does not start with 'GGUF').";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read: {ex.Message}";
        }
    }

    private static void Range(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"Worker:{key} must be between {min} and {max} (was {value}).");
        }
    }
}
