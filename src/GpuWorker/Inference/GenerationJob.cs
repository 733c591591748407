using System.Threading.Channels;
using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>Sampling settings for one request, already validated.</summary>
/// <param name="Grammar">GBNF (root rule "root") the output must follow, for structured outputs; null for free text.</param>
internal sealed record SamplingSettings(float Temperature, float TopP, uint Seed, IReadOnlyList<string> Stop, bool IgnoreEos, string? Grammar = null);

/// <summary>One queued completion: the prompt tokens in, a stream of events out.</summary>
internal sealed class GenerationJob(LLamaToken[] promptTokens, int maxTokens, SamplingSettings sampling, CancellationToken cancellationToken)
{
    private readonly Channel<GenerationEvent> _events = Channel.CreateUnbounded<GenerationEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    public LLamaToken[] PromptTokens { get; } = promptTokens;

    public int MaxTokens { get; } = maxTokens;

    public SamplingSettings Sampling { get; } = sampling;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ChannelReader<GenerationEvent> Events => _events.Reader;

    public void Emit(string text)
    {
        if (text.Length > 0)
        {
            _events.Writer.TryWrite(new GenerationEvent.Delta(text));
        }
    }

    public void Complete(GenerationResult result)
    {
        _events.Writer.TryWrite(new GenerationEvent.Finished(result));
        _events.Writer.TryComplete();
    }

    public void Fail(string message) => _events.Writer.TryComplete(new InvalidOperationException(message));
}

internal abstract record GenerationEvent
{
    public sealed record Delta(string Text) : GenerationEvent;

    public sealed record Finished(GenerationResult Result) : GenerationEvent;
}

/// <summary>How a completion ended and what it cost.</summary>
internal sealed record GenerationResult(string FinishReason, int PromptTokens, int CompletionTokens, double GpuSeconds);
