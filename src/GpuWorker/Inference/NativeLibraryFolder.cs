namespace GpuWorker.Inference;

/// <summary>
/// A folder holding a llama.cpp shared build to load instead of LLamaSharp's packaged one (Worker:NativeLibraryPath).
/// LLamaSharp loads ggml-base, ggml and llama from the folder itself; ggml-cpu (and a GPU backend) come in as
/// libggml's own dependencies, found beside it through the build's RUNPATH.
/// </summary>
internal static class NativeLibraryFolder
{
    private static readonly string[] Required = ["llama", "ggml-base", "ggml"];

    /// <summary>The platform's file name of a library: libllama.so, libllama.dylib, llama.dll.</summary>
    public static string FileName(string library)
    {
        if (OperatingSystem.IsWindows())
        {
            return library + ".dll";
        }

        return "lib" + library + (OperatingSystem.IsMacOS() ? ".dylib" : ".so");
    }

    public static string LlamaPath(string folder) => Path.Combine(Path.GetFullPath(folder), FileName("llama"));

    /// <summary>What is wrong with the folder, or null when the libraries LLamaSharp opens by path are there.</summary>
    public static string? Problem(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "does not exist (a folder with a llama.cpp shared build: libllama and its ggml libraries).";
        }

        var missing = Required.Select(FileName).Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        return missing.Count == 0 ? null : $"has no {string.Join(", ", missing)} (a llama.cpp shared build: libllama and its ggml libraries).";
    }
}
