using GpuWorker.Hosting;
using LLama.Native;
using Microsoft.Extensions.Options;

namespace GpuWorker.Inference;

/// <summary>
/// Loads the model in the background (the server answers 503 "loading" meanwhile), then runs the decode loop.
/// A model that cannot be loaded stops the worker: the reason is logged and kept for /health, and the process
/// exits non-zero (Program), so a bad file shows up as a failed start rather than a worker that never gets ready.
/// </summary>
internal sealed partial class InferenceService(
    IOptions<WorkerOptions> options, ModelState state, RequestQueue queue, WorkerMetrics metrics,
    TimeProvider time, IModelLoadGate gate, IHostApplicationLifetime lifetime, ILogger<InferenceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await gate.WaitAsync(stoppingToken);
        var o = options.Value;
        LlamaModel model;
        SafeLLamaContextHandle context;
        try
        {
            var started = time.GetTimestamp();
            (model, context) = await Task.Run(() => Load(o), stoppingToken);
            state.SetReady(model, (int)context.ContextSize / o.MaxConcurrent, (NativeLog.Backend(), NativeLog.GpuLayersOffloaded ?? "0 (no GPU offload in this build)"));
            LogLoaded(logger, o.EffectiveModelId, state.ContextPerSequence, o.MaxConcurrent, time.GetElapsedTime(started).TotalSeconds,
                state.Placement!.Value.Backend, state.Placement.Value.GpuLayers);
            if (NativeLog.Folder is { } folder)
            {
                LogNativeFolder(logger, folder);
            }
        }
        catch (Exception ex) when (ex is ModelLoadException or TypeInitializationException or DllNotFoundException or EntryPointNotFoundException or LLama.Exceptions.RuntimeError)
        {
            // TypeInitializationException/DllNotFoundException: LLamaSharp found no usable native llama.cpp build.
            var from = string.IsNullOrWhiteSpace(o.NativeLibraryPath) ? "" : $" from Worker:NativeLibraryPath '{o.NativeLibraryPath}'";
            var reason = ex is ModelLoadException ? ex.Message : $"llama.cpp native libraries could not be loaded{from}: {(ex.InnerException ?? ex).Message}";
            state.SetFailed(reason);
            LogLoadFailed(logger, ex, reason);
            // Stopping while the host still starts would cancel its start; stop once it is up (at once if it is).
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
            return;
        }

        using (model)
        using (context)
        {
            var loop = new DecodeLoop(model, context, queue, metrics, time, o.MaxConcurrent, o.CompactSequenceIds);
            await Task.Factory.StartNew(() => loop.Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The model and one context holding MaxConcurrent sequences of ContextSize cells each.</summary>
    internal static (LlamaModel Model, SafeLLamaContextHandle Context) Load(WorkerOptions o)
    {
        var model = LlamaModel.Load(o.ModelPath, o.GpuLayers, o.NativeLibraryPath);
        var p = LLamaContextParams.Default();
        p.n_seq_max = (uint)o.MaxConcurrent;
        p.n_ctx = (uint)(o.ContextSize * o.MaxConcurrent);
        p.n_batch = p.n_ctx; // a step may hold every sequence's prompt at once
        p.n_ubatch = Math.Min(512u, p.n_ctx);
        p.n_threads = p.n_threads_batch = o.Threads > 0 ? o.Threads : Environment.ProcessorCount;
        p.kv_unified = false; // each sequence owns ContextSize cells, so one long request cannot starve the rest
        p.no_perf = true;
        try
        {
            return (model, SafeLLamaContextHandle.Create(model.Handle, p));
        }
        catch (LLama.Exceptions.RuntimeError ex)
        {
            model.Dispose();
            var reasons = NativeLog.TakeRecentErrors();
            throw new ModelLoadException(
                $"llama.cpp could not create a context for '{o.ModelPath}' ({o.MaxConcurrent} x {o.ContextSize} tokens): " +
                (reasons.Count > 0 ? string.Join("; ", reasons) : ex.Message));
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Model {ModelId} ready: {ContextPerSequence} tokens per sequence, {MaxConcurrent} sequences, loaded in {Seconds:F2}s on {Backend}, GPU layers {GpuLayers}")]
    private static partial void LogLoaded(ILogger logger, string modelId, int contextPerSequence, int maxConcurrent, double seconds, string backend, string gpuLayers);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Critical, Message = "Model load failed, the worker stops: {Reason}")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "llama.cpp loaded from Worker:NativeLibraryPath {Folder}")]
    private static partial void LogNativeFolder(ILogger logger, string folder);
}
