namespace GpuWorker.Inference;

/// <summary>What /health and the endpoints see of the model: loading, ready (with the model) or failed.</summary>
internal sealed class ModelState(GpuWorker.Hosting.BillableTimeMeter? billable = null)
{
    private volatile LlamaModel? _model;
    private volatile string? _error;

    public LlamaModel? Model => _model;

    public bool IsReady => _model is not null;

    public string? Error => _error;

    public int ContextPerSequence { get; private set; }

    /// <summary>The native build serving the model ("cuda", "cpu-avx2"...) and the layers llama.cpp put on the GPU.</summary>
    public (string Backend, string GpuLayers)? Placement { get; private set; }

    public string Status => _model is not null ? "ready" : _error is not null ? "failed" : "loading";

    public void SetReady(LlamaModel model, int contextPerSequence, (string Backend, string GpuLayers)? placement = null)
    {
        ContextPerSequence = contextPerSequence;
        Placement = placement;
        _model = model;
        billable?.ModelLoaded(model.Name);
    }

    public void SetFailed(string error) => _error = error;
}

/// <summary>Lets tests hold model loading to observe the loading state; production opens at once.</summary>
internal interface IModelLoadGate
{
    Task WaitAsync(CancellationToken cancellationToken = default);
}

internal sealed class OpenModelLoadGate : IModelLoadGate
{
    public Task WaitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
