using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GpuWorker.Native;

/// <summary>Receives llama.cpp log lines; only warnings and errors are kept (they go to stderr).</summary>
internal static class LlamaLog
{
    private const int LevelWarn = 3;
    private const int LevelError = 4;

    public static bool Verbose { get; set; } = Environment.GetEnvironmentVariable("LLAMA_VERBOSE") == "1";

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static unsafe void OnLog(int level, byte* text, void* userData)
    {
        if (!Verbose && level != LevelWarn && level != LevelError) return;
        var line = Marshal.PtrToStringUTF8((IntPtr)text);
        if (!string.IsNullOrEmpty(line)) Console.Error.Write(line);
    }
}
