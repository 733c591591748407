using GpuWorker.Native;

namespace GpuWorker.Tests.TestSupport;

internal static class NativeLibraries
{
    /// <summary>Fails (never skips) when the llama.cpp libraries are missing, saying how to get them.</summary>
    public static void Require()
    {
        if (LlamaLibrary.Locate() is null)
        {
            Assert.Fail($"llama.cpp native libraries not found next to the tests or in LLAMA_LIB_DIR: {LlamaLibrary.SetupHint}, then rebuild.");
        }
    }
}
