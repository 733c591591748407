using System.Reflection;
using System.Runtime.InteropServices;

namespace GpuWorker.Native;

/// <summary>
/// Finds the llama.cpp shared libraries (LLAMA_LIB_DIR, else the `llama` folder next to the app), routes the
/// `llama`/`ggml` imports to them and loads the ggml CPU/GPU backends, which that build ships as plug-ins.
/// </summary>
internal static class LlamaLibrary
{
    public const string SetupHint = "run scripts/setup.d/llama.sh (fetches @node-llama-cpp/linux-x64@3.22.1) or set LLAMA_LIB_DIR";

    private static readonly Lock Gate = new();
    private static string? _directory;

    public static string? Locate()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("LLAMA_LIB_DIR"),
            Path.Combine(AppContext.BaseDirectory, "llama"),
            AppContext.BaseDirectory,
        };
        return candidates.FirstOrDefault(d => !string.IsNullOrEmpty(d) && FindFile(d, "libllama") is not null);
    }

    /// <summary>Idempotent; throws <see cref="DllNotFoundException"/> with the setup hint when absent.</summary>
    public static unsafe void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_directory is not null) return;
            var dir = Locate() ?? throw new DllNotFoundException($"llama.cpp native libraries not found; {SetupHint}.");
            NativeLibrary.SetDllImportResolver(typeof(LlamaLibrary).Assembly, Resolve);
            _directory = dir;
            NativeMethods.llama_log_set(&LlamaLog.OnLog, null);
            NativeMethods.ggml_backend_load_all_from_path(dir);
            NativeMethods.llama_backend_init();
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var prefix = name switch { NativeMethods.Llama => "libllama", NativeMethods.Ggml => "libggml", _ => null };
        if (prefix is null || _directory is null) return IntPtr.Zero;
        var file = FindFile(_directory, prefix);
        return file is null ? IntPtr.Zero : NativeLibrary.Load(file);
    }

    // npm ships versioned names (libllama.v0.5.0.so); a CMake build ships libllama.so.
    private static string? FindFile(string dir, string prefix)
    {
        if (!Directory.Exists(dir)) return null;
        var plain = Path.Combine(dir, prefix + ".so");
        if (File.Exists(plain)) return plain;
        return Directory.EnumerateFiles(dir, prefix + ".v*.so").FirstOrDefault();
    }
}
