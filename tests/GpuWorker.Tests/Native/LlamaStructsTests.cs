using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GpuWorker.Native;

namespace GpuWorker.Tests.Native;

/// <summary>
/// Sizes and offsets printed by a C program compiled against llama.h of llama.cpp v0.5.0 (node-llama-cpp
/// 3.22.1) on x86-64; a drift here means the bindings no longer match the header.
/// </summary>
public sealed class LlamaStructsTests
{
    [Fact]
    public void LlamaModelParams_Layout_MatchesHeader()
    {
        Assert.Equal(80, Unsafe.SizeOf<LlamaModelParams>());
        Assert.Equal(16, Offset<LlamaModelParams>(nameof(LlamaModelParams.NGpuLayers)));
        Assert.Equal(32, Offset<LlamaModelParams>(nameof(LlamaModelParams.MainGpu)));
        Assert.Equal(40, Offset<LlamaModelParams>(nameof(LlamaModelParams.TensorSplit)));
        Assert.Equal(64, Offset<LlamaModelParams>(nameof(LlamaModelParams.KvOverrides)));
        Assert.Equal(72, Offset<LlamaModelParams>(nameof(LlamaModelParams.VocabOnly)));
        Assert.Equal(77, Offset<LlamaModelParams>(nameof(LlamaModelParams.LoadMtp)));
    }

    [Fact]
    public void LlamaContextParams_Layout_MatchesHeader()
    {
        Assert.Equal(160, Unsafe.SizeOf<LlamaContextParams>());
        Assert.Equal(28, Offset<LlamaContextParams>(nameof(LlamaContextParams.NThreads)));
        Assert.Equal(56, Offset<LlamaContextParams>(nameof(LlamaContextParams.RopeFreqBase)));
        Assert.Equal(88, Offset<LlamaContextParams>(nameof(LlamaContextParams.CbEval)));
        Assert.Equal(104, Offset<LlamaContextParams>(nameof(LlamaContextParams.TypeK)));
        Assert.Equal(112, Offset<LlamaContextParams>(nameof(LlamaContextParams.AbortCallback)));
        Assert.Equal(128, Offset<LlamaContextParams>(nameof(LlamaContextParams.Embeddings)));
        Assert.Equal(133, Offset<LlamaContextParams>(nameof(LlamaContextParams.KvUnified)));
        Assert.Equal(136, Offset<LlamaContextParams>(nameof(LlamaContextParams.Samplers)));
        Assert.Equal(152, Offset<LlamaContextParams>(nameof(LlamaContextParams.CtxOther)));
    }

    [Fact]
    public void SmallStructs_Layout_MatchesHeader()
    {
        Assert.Equal(56, Unsafe.SizeOf<LlamaBatch>());
        Assert.Equal(1, Unsafe.SizeOf<LlamaSamplerChainParams>());
        Assert.Equal(16, Unsafe.SizeOf<LlamaChatMessage>());
        Assert.Equal(8, Unsafe.SizeOf<LlamaLogitBias>());
    }

    [Fact]
    public void DefaultParams_FromNativeLibrary_HaveHeaderDefaults()
    {
        TestSupport.NativeLibraries.Require();
        LlamaLibrary.EnsureLoaded();

        var model = NativeMethods.llama_model_default_params();
        var context = NativeMethods.llama_context_default_params();

        // Values the C program printed from the same library: a shifted field would read garbage here.
        Assert.Equal(-1, model.NGpuLayers);
        Assert.Equal(-1, model.LoadMode);
        Assert.Equal(512u, context.NCtx);
        Assert.Equal(2048u, context.NBatch);
        Assert.Equal(512u, context.NUbatch);
        Assert.Equal(1u, context.NSeqMax);
        Assert.Equal(-1, context.FlashAttnType);
        Assert.Equal(1, context.SwaFull);
        Assert.Equal(1, context.OffloadKqv);
        Assert.Equal(0, context.KvUnified);
    }

    private static int Offset<T>(string field) => (int)Marshal.OffsetOf<T>(field);
}
