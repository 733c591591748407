using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>
/// Continuous batching over one llama.cpp context: every step decodes the new prompts and the last token of
/// each running sequence in a single decode, then samples each sequence with its own sampler chain.
/// Runs on one dedicated thread; it is the only code touching the context.
/// </summary>
internal sealed class DecodeLoop(
    LlamaModel model, SafeLLamaContextHandle context, RequestQueue queue, WorkerMetrics metrics, TimeProvider time, int maxConcurrent,
    bool compactIds = true)
{
    private readonly SequenceSlots<ActiveSequence> _active = new(maxConcurrent);
    private readonly LLamaBatch _batch = new();
    private readonly int _contextPerSequence = (int)context.ContextSize / maxConcurrent;

    /// <summary>Sequences moved down into a gap so far (Worker:CompactSequenceIds).</summary>
    public int SequencesMoved { get; private set; }

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

        foreach (var s in _active.InIdOrder())
        {
            Release(s, "The worker is stopping.");
        }
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
            foreach (var s in _active.InIdOrder())
            {
                Release(s, "Generation failed: " + ex.Message);
            }
        }
    }

    private void Admit()
    {
        while (_active.HasFree && queue.Reader.TryRead(out var job))
        {
            if (job.CancellationToken.IsCancellationRequested)
            {
                metrics.RequestCancelled();
                job.Fail("Cancelled before start.");
                continue;
            }

            var maxTokens = Math.Min(job.MaxTokens, _contextPerSequence - job.PromptTokens.Length);
            _active.Add(id => new ActiveSequence(job, (LLamaSeqId)id, SamplerFactory.Create(model, job.Sampling), maxTokens));
        }

        metrics.SetActive(_active.Count);
    }

    private void Step()
    {
        // A client that left since the last step gets no more compute: its cells are freed before this decode.
        foreach (var s in _active.InIdOrder())
        {
            if (s.Job.CancellationToken.IsCancellationRequested)
            {
                Cancel(s);
            }
        }

        if (_active.Count == 0)
        {
            return;
        }

        if (compactIds)
        {
            CloseGaps();
        }

        _batch.Clear();
        var promptTokens = 0;
        foreach (var s in _active.InIdOrder())
        {
            if (s.PromptPending)
            {
                var prompt = s.Job.PromptTokens;
                for (var i = 0; i < prompt.Length; i++)
                {
                    s.LogitIndex = _batch.Add(prompt[i], i, s.SeqId, i == prompt.Length - 1);
                }

                s.Position = prompt.Length;
                promptTokens += prompt.Length;
            }
            else
            {
                s.LogitIndex = _batch.Add(s.LastToken, s.Position++, s.SeqId, logits: true);
            }
        }

        var batchTokens = _batch.TokenCount;
        var started = time.GetTimestamp();
        var rc = context.Decode(_batch);
        var elapsed = time.GetElapsedTime(started);
        if (rc != DecodeResult.Ok)
        {
            foreach (var s in _active.InIdOrder())
            {
                Release(s, $"llama_decode failed ({rc}).");
            }

            return;
        }

        var sampled = 0;
        foreach (var s in _active.InIdOrder())
        {
            // Decode time is shared among sequences by the tokens each put in the batch.
            var share = s.PromptPending ? s.Job.PromptTokens.Length : 1;
            s.GpuSeconds += elapsed.TotalSeconds * share / batchTokens;
            s.PromptPending = false;
            if (s.Job.CancellationToken.IsCancellationRequested)
            {
                Cancel(s);
                continue;
            }

            var token = s.Sampler.Sample(context, s.LogitIndex);
            if (model.IsEndOfGeneration(token))
            {
                Release(s, finishReason: "stop");
                continue;
            }

            s.Generated++;
            sampled++;
            s.LastToken = token;
            s.Emit(model.TokenBytes(token), flush: false);
            if (s.HitStop)
            {
                Release(s, finishReason: "stop");
            }
            else if (s.Generated >= s.MaxTokens)
            {
                Release(s, finishReason: "length");
            }
        }

        metrics.Decoded(elapsed, promptTokens, sampled);
    }

    // A gap below a running sequence (one that ended) cuts every step into two micro-batches, each reading all the
    // weights again (SequenceSlots), until a new request takes the free id. Admit ran just before, so nobody waits for
    // it: move the highest running sequence down instead. llama.cpp copies its whole KV stream (ContextSize cells) to
    // the lower id's stream in the next decode, once: on a GPU a fraction of one step's weight reads; a sequence whose
    // prompt is not decoded yet has no cells to copy.
    private void CloseGaps()
    {
        while (_active.TryFindGap(out var from, out var to))
        {
            var s = _active.Move(from, to);
            if (!s.PromptPending)
            {
                context.MemorySequenceCopy(s.SeqId, (LLamaSeqId)to, -1, -1);
                context.MemorySequenceRemove(s.SeqId, -1, -1);
            }

            s.SeqId = (LLamaSeqId)to;
            SequencesMoved++;
        }
    }

    private void Cancel(ActiveSequence s)
    {
        metrics.RequestCancelled();
        Release(s, "Cancelled by the client.", countFailure: false);
    }

    private void Release(ActiveSequence s, string? error = null, string finishReason = "stop", bool countFailure = true)
    {
        if (error is null)
        {
            s.Finish(finishReason);
        }
        else
        {
            if (countFailure)
            {
                metrics.RequestFailed();
            }

            s.Job.Fail(error);
        }

        context.MemorySequenceRemove(s.SeqId, -1, -1);
        s.Dispose();
        _active.Remove((int)s.SeqId);
        metrics.SetActive(_active.Count);
    }
}
