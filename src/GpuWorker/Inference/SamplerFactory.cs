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

    // Per-request constraints go here, before selection: a grammar sampler for structured output (issue 17) is
    // added with chain.AddGrammar(model.Handle.Vocab, gbnf, root) once its GBNF has been checked, since llama.cpp
    // returns no sampler for a grammar it cannot parse.
    private static void AddConstraints(SafeLLamaSamplerChainHandle chain, LlamaModel model, SamplingSettings settings)
    {
        if (!settings.IgnoreEos) return;
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

        if (settings.TopP < 1f) chain.AddTopP(settings.TopP, 1);
        chain.AddTemperature(settings.Temperature);
        chain.AddDistributionSampler(settings.Seed);
    }
}
