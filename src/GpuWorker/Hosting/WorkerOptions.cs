namespace GpuWorker.Hosting;

/// <summary>Worker settings, bound from the `Worker` configuration section and validated on start.</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Path of the GGUF model file.</summary>
    public string ModelPath { get; set; } = "";

    /// <summary>Id reported by /v1/models and in responses; defaults to the file name without extension.</summary>
    public string? ModelId { get; set; }

    /// <summary>Context (prompt + completion tokens) available to each concurrent sequence.</summary>
    public int ContextSize { get; set; } = 2048;

    /// <summary>CPU threads for decoding; 0 = all cores.</summary>
    public int Threads { get; set; }

    /// <summary>Sequences decoded together in one batch.</summary>
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>Requests that may wait for a free sequence; beyond this the worker answers 503.</summary>
    public int QueueBound { get; set; } = 16;

    /// <summary>Layers offloaded to the GPU; -1 = all, 0 = CPU only.</summary>
    public int GpuLayers { get; set; } = -1;

    /// <summary>Retry-After sent with 503 when the queue is full or the model is loading.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Completion tokens when the request gives no max_tokens.</summary>
    public int DefaultMaxTokens { get; set; } = 512;

    /// <summary>
    /// Folder with a llama.cpp shared build (libllama and the ggml libraries beside it) to load instead of the
    /// LLamaSharp.Backend.* package's; empty = the package's. Its libllama must have the structs LLamaSharp 0.30 is
    /// written for (llama.cpp c0c7e147): a mismatch is not detected and corrupts memory (docs/gpu-worker.md).
    /// </summary>
    public string? NativeLibraryPath { get; set; }

    /// <summary>
    /// Moves a running sequence down into the id of one that ended below it when no request waits for that id, so a
    /// decode step stays one micro-batch (costs one copy of the sequence's KV cells).
    /// </summary>
    public bool CompactSequenceIds { get; set; } = true;

    public string EffectiveModelId =>
        string.IsNullOrWhiteSpace(ModelId) ? Path.GetFileNameWithoutExtension(ModelPath) : ModelId;
}
