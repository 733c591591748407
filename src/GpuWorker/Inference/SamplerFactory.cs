using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>
/// Builds each request's own llama.cpp sampler chain (LLamaSharp's chain handle) honouring the OpenAI sampling
/// parameters. A chain is two stages: constraints that remove candidates, then the selection that picks one.
/// </summary>
internal static class SamplerFactory
{
    public static SafeLLamaSamplerChainHandle Create(LlamaModel model, SamplingSettings settings)
    {
        var chain = SafeLLamaSamplerChainHandle.Create(new LLamaSamplerChainParams { NoPerf = true });
        try
        {
            AddConstraints(chain, model, settings);
            AddSelection(chain, settings);
            return chain;
        }
        catch
        {
            chain.Dispose();
            throw;
        }
    }

    // Per-request constraints, before selection. The grammar (structured outputs, GpuWorker.Structured) removes every
    // token that cannot continue a valid answer, and end-of-generation until the answer is complete.
    private static void AddConstraints(SafeLLamaSamplerChainHandle chain, LlamaModel model, SamplingSettings settings)
    {
        if (settings.Grammar is { } grammar)
        {
            chain.AddGrammar(model.Handle.Vocab, grammar, "root");
        }

        if (!settings.IgnoreEos || settings.Grammar is not null)
        {
            return;
        }

        var biases = model.EndOfGenerationTokens.Select(t => new LLamaLogitBias { Token = t, Bias = float.NegativeInfinity }).ToArray();
        chain.AddLogitBias(model.VocabSize, biases);
    }

    private static void AddSelection(SafeLLamaSamplerChainHandle chain, SamplingSettings settings)
    {
        if (settings.Temperature <= 0f)
        {
            // Temperature 0 means argmax: deterministic whatever the seed.
            chain.AddGreedySampler();
            return;
        }

        if (settings.TopP < 1f)
        {
            chain.AddTopP(settings.TopP, 1);
        }

        chain.AddTemperature(settings.Temperature);
        chain.AddDistributionSampler(settings.Seed);
    }
}
