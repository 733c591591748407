using GpuWorker.Native;

namespace GpuWorker.Inference;

/// <summary>Builds a llama.cpp sampler chain honouring the OpenAI sampling parameters.</summary>
internal static unsafe class SamplerFactory
{
    public static SafeLlamaSamplerHandle Create(LlamaModel model, SamplingSettings settings)
    {
        var chain = NativeMethods.llama_sampler_chain_init(new LlamaSamplerChainParams { NoPerf = 1 });
        if (settings.IgnoreEos)
        {
            var eog = model.EndOfGenerationTokens();
            var biases = eog.Select(t => new LlamaLogitBias { Token = t, Bias = float.NegativeInfinity }).ToArray();
            fixed (LlamaLogitBias* b = biases)
            {
                NativeMethods.llama_sampler_chain_add(chain, NativeMethods.llama_sampler_init_logit_bias(model.VocabSize, biases.Length, b));
            }
        }

        if (settings.Temperature <= 0f)
        {
            // Temperature 0 means argmax: deterministic whatever the seed.
            NativeMethods.llama_sampler_chain_add(chain, NativeMethods.llama_sampler_init_greedy());
            return chain;
        }

        if (settings.TopP < 1f) NativeMethods.llama_sampler_chain_add(chain, NativeMethods.llama_sampler_init_top_p(settings.TopP, 1));
        NativeMethods.llama_sampler_chain_add(chain, NativeMethods.llama_sampler_init_temp(settings.Temperature));
        NativeMethods.llama_sampler_chain_add(chain, NativeMethods.llama_sampler_init_dist(settings.Seed));
        return chain;
    }
}
