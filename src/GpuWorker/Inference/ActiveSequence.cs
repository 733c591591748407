using System.Text;
using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>Live state of one job occupying a llama.cpp sequence id in the shared context.</summary>
internal sealed class ActiveSequence(GenerationJob job, LLamaSeqId seqId, SafeLLamaSamplerChainHandle sampler, int maxTokens) : IDisposable
{
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private readonly StopMatcher _stops = new(job.Sampling.Stop);

    public GenerationJob Job { get; } = job;
    /// <summary>Its llama.cpp sequence id; changes when the decode loop moves it down into a gap.</summary>
    public LLamaSeqId SeqId { get; set; } = seqId;
    public SafeLLamaSamplerChainHandle Sampler { get; } = sampler;
    public int MaxTokens { get; } = maxTokens;

    /// <summary>True until the prompt has been decoded.</summary>
    public bool PromptPending { get; set; } = true;
    public int Position { get; set; }
    public LLamaToken LastToken { get; set; }
    public int Generated { get; set; }
    public int LogitIndex { get; set; }
    public double GpuSeconds { get; set; }

    /// <summary>Turns token bytes into text, holding back partial UTF-8 characters and possible stop strings.</summary>
    public void Emit(byte[] bytes, bool flush)
    {
        var chars = new char[_utf8.GetCharCount(bytes, flush)];
        _utf8.GetChars(bytes, chars, flush);
        Job.Emit(_stops.Append(new string(chars)));
        if (flush && !_stops.Stopped)
        {
            Job.Emit(_stops.Flush());
        }
    }

    public bool HitStop => _stops.Stopped;

    public void Finish(string reason)
    {
        if (!_stops.Stopped)
        {
            Emit([], flush: true);
        }

        Job.Complete(new GenerationResult(reason, Job.PromptTokens.Length, Generated, GpuSeconds));
    }

    public void Dispose() => Sampler.Dispose();
}
