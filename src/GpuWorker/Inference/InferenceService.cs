using GpuWorker.Hosting;
using GpuWorker.Native;
using Microsoft.Extensions.Options;

namespace GpuWorker.Inference;

/// <summary>Loads the model in the background (the server answers 503 meanwhile), then runs the decode loop.</summary>
internal sealed partial class InferenceService(
    IOptions<WorkerOptions> options, ModelState state, RequestQueue queue, WorkerMetrics metrics,
    TimeProvider time, IModelLoadGate gate, ILogger<InferenceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await gate.WaitAsync(stoppingToken);
        var o = options.Value;
        LlamaModel model;
        SafeLlamaContextHandle context;
        try
        {
            var started = time.GetTimestamp();
            (model, context) = await Task.Run(() => Load(o), stoppingToken);
            state.SetReady(model, (int)NativeMethods.llama_n_ctx_seq(context));
            LogLoaded(logger, o.EffectiveModelId, state.ContextPerSequence, o.MaxConcurrent, time.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
        {
            state.SetFailed(ex.Message);
            LogLoadFailed(logger, ex);
            return;
        }

        using (model)
        using (context)
        using (var loop = new DecodeLoop(model, context, queue, metrics, time, o.MaxConcurrent))
        {
            await Task.Factory.StartNew(() => loop.Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private static (LlamaModel, SafeLlamaContextHandle) Load(WorkerOptions o)
    {
        var model = LlamaModel.Load(o.ModelPath, o.GpuLayers);
        var p = NativeMethods.llama_context_default_params();
        p.NSeqMax = (uint)o.MaxConcurrent;
        p.NCtx = (uint)(o.ContextSize * o.MaxConcurrent);
        p.NBatch = p.NCtx; // a step may hold every sequence's prompt at once
        p.NUbatch = Math.Min(512u, p.NCtx);
        p.NThreads = p.NThreadsBatch = o.Threads > 0 ? o.Threads : Environment.ProcessorCount;
        p.KvUnified = 0; // each sequence owns ContextSize cells, so one long request cannot starve the rest
        p.NoPerf = 1;
        var context = NativeMethods.llama_init_from_model(model.Handle, p);
        if (context.IsInvalid)
        {
            context.Dispose();
            model.Dispose();
            throw new InvalidOperationException("llama.cpp could not create a context (out of memory?).");
        }

        return (model, context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {ModelId} ready: {ContextPerSequence} tokens per sequence, {MaxConcurrent} sequences, loaded in {Seconds:F2}s")]
    private static partial void LogLoaded(ILogger logger, string modelId, int contextPerSequence, int maxConcurrent, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Model load failed")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
