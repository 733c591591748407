using GpuWorker.Native;

namespace GpuWorker.Inference;

/// <summary>A native llama_batch allocated once and refilled for every decode step.</summary>
internal sealed unsafe class LlamaBatchBuffer(int capacity) : IDisposable
{
    private LlamaBatch _batch = NativeMethods.llama_batch_init(capacity, 0, 1);

    public int Capacity { get; } = capacity;

    public int Count => _batch.NTokens;

    public LlamaBatch Native => _batch;

    public void Clear() => _batch.NTokens = 0;

    /// <summary>Adds a token; returns its index in the batch (where its logits are read when requested).</summary>
    public int Add(int token, int position, int seqId, bool logits)
    {
        var i = _batch.NTokens;
        if (i >= Capacity) throw new InvalidOperationException("Batch is full.");
        _batch.Token[i] = token;
        _batch.Pos[i] = position;
        _batch.NSeqId[i] = 1;
        _batch.SeqId[i][0] = seqId;
        _batch.Logits[i] = (sbyte)(logits ? 1 : 0);
        _batch.NTokens = i + 1;
        return i;
    }

    public void Dispose()
    {
        if (_batch.Token is null) return;
        NativeMethods.llama_batch_free(_batch);
        _batch = default;
    }
}
