using GpuWorker.Native;

namespace GpuWorker.Inference;

/// <summary>
/// Continuous batching over one llama.cpp context: every step decodes the new prompts and the last token of
/// each running sequence in a single llama_decode, then samples each sequence with its own sampler chain.
/// Runs on one dedicated thread; it is the only code touching the context.
/// </summary>
internal sealed class DecodeLoop(
    LlamaModel model, SafeLlamaContextHandle context, RequestQueue queue, WorkerMetrics metrics, TimeProvider time, int maxConcurrent)
    : IDisposable
{
    private readonly Stack<int> _freeSeqIds = new(Enumerable.Range(0, maxConcurrent).Reverse());
    private readonly List<ActiveSequence> _active = [];
    private readonly LlamaBatchBuffer _batch = new((int)NativeMethods.llama_n_ctx(context));
    private readonly int _contextPerSequence = (int)NativeMethods.llama_n_ctx_seq(context);
    private readonly IntPtr _memory = NativeMethods.llama_get_memory(context);

    public void Run(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Admit();
            if (_active.Count > 0)
            {
                StepOrFail();
                continue;
            }

            try
            {
                queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        foreach (var s in _active.ToArray()) Release(s, "The worker is stopping.");
    }

    // A bug in one step must not leave every waiting client hanging: fail the running jobs and go on.
    private void StepOrFail()
    {
        try
        {
            Step();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            foreach (var s in _active.ToArray()) Release(s, "Generation failed: " + ex.Message);
        }
    }

    private void Admit()
    {
        while (_freeSeqIds.Count > 0 && queue.Reader.TryRead(out var job))
        {
            if (job.CancellationToken.IsCancellationRequested)
            {
                job.Fail("Cancelled before start.");
                continue;
            }

            var maxTokens = Math.Min(job.MaxTokens, _contextPerSequence - job.PromptTokens.Length);
            _active.Add(new ActiveSequence(job, _freeSeqIds.Pop(), SamplerFactory.Create(model, job.Sampling), maxTokens));
        }

        metrics.SetActive(_active.Count);
    }

    private void Step()
    {
        _batch.Clear();
        var promptTokens = 0;
        foreach (var s in _active)
        {
            if (s.PromptPending)
            {
                var prompt = s.Job.PromptTokens;
                for (var i = 0; i < prompt.Length; i++) s.LogitIndex = _batch.Add(prompt[i], i, s.SeqId, i == prompt.Length - 1);
                s.Position = prompt.Length;
                promptTokens += prompt.Length;
            }
            else
            {
                s.LogitIndex = _batch.Add(s.LastToken, s.Position++, s.SeqId, logits: true);
            }
        }

        var started = time.GetTimestamp();
        var rc = NativeMethods.llama_decode(context, _batch.Native);
        var elapsed = time.GetElapsedTime(started);
        if (rc != 0)
        {
            foreach (var s in _active.ToArray()) Release(s, $"llama_decode failed with status {rc}.");
            return;
        }

        var sampled = 0;
        foreach (var s in _active.ToArray())
        {
            // Decode time is shared among sequences by the tokens each put in the batch.
            var share = s.PromptPending ? s.Job.PromptTokens.Length : 1;
            s.GpuSeconds += elapsed.TotalSeconds * share / _batch.Count;
            s.PromptPending = false;
            if (s.Job.CancellationToken.IsCancellationRequested)
            {
                Release(s, "Cancelled by the client.");
                continue;
            }

            var token = NativeMethods.llama_sampler_sample(s.Sampler, context, s.LogitIndex);
            if (model.IsEndOfGeneration(token))
            {
                Release(s, finishReason: "stop");
                continue;
            }

            s.Generated++;
            sampled++;
            s.LastToken = token;
            s.Emit(model.TokenBytes(token), flush: false);
            if (s.HitStop) Release(s, finishReason: "stop");
            else if (s.Generated >= s.MaxTokens) Release(s, finishReason: "length");
        }

        metrics.Decoded(elapsed, promptTokens, sampled);
    }

    private void Release(ActiveSequence s, string? error = null, string finishReason = "stop")
    {
        if (error is null) s.Finish(finishReason);
        else
        {
            metrics.RequestFailed();
            s.Job.Fail(error);
        }

        NativeMethods.llama_memory_seq_rm(_memory, s.SeqId, -1, -1);
        s.Dispose();
        _active.Remove(s);
        _freeSeqIds.Push(s.SeqId);
        metrics.SetActive(_active.Count);
    }

    public void Dispose() => _batch.Dispose();
}
