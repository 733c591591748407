using GpuWorker.Inference;

namespace Integration.Tests.TestSupport;

/// <summary>Keeps the worker in its "loading" state (listening, model not loaded) until released.</summary>
internal sealed class HeldModelLoad : IModelLoadGate
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken = default) => _released.Task.WaitAsync(cancellationToken);
}
