using System.Text;
using System.Text.RegularExpressions;
using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>
/// Routes llama.cpp's log to stderr (warnings and errors; everything with LLAMA_VERBOSE=1) and keeps the last
/// error lines, so a failed model load can say why instead of only that it failed.
/// </summary>
internal static partial class NativeLog
{
    private const int Kept = 8;
    private static readonly Lock Gate = new();
    private static readonly Queue<string> RecentErrors = new();
    private static readonly StringBuilder Pending = new();
    private static LLamaLogLevel _pendingLevel;
    private static bool _installed;
    private static string? _folder;

    public static bool Verbose { get; } = Environment.GetEnvironmentVariable("LLAMA_VERBOSE") == "1";

    /// <summary>llama.cpp's own count from the last model load, e.g. "33/33"; null from a build without GPU offload.</summary>
    public static string? GpuLayersOffloaded { get; set; }

    /// <summary>
    /// Sets the log callback, then loads the native libraries: from <paramref name="folder"/> when given
    /// (Worker:NativeLibraryPath), else the build LLamaSharp picks for this CPU or GPU. Once per process; runs before
    /// any other native call, since structs such as LLamaModelParams call llama.cpp directly and would otherwise miss
    /// LLamaSharp's library resolver. A second call asking for another folder fails: a process holds one llama.cpp.
    /// </summary>
    public static void Install(string? folder = null)
    {
        folder = string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder);
        lock (Gate)
        {
            if (_installed)
            {
                if (!string.Equals(_folder, folder, StringComparison.Ordinal))
                {
                    throw new ModelLoadException(
                        $"llama.cpp is loaded already from {Describe(_folder)}; this process cannot switch to {Describe(folder)}.");
                }

                return;
            }

            _installed = true;
            _folder = folder;
        }

        if (folder is not null)
        {
            NativeLibraryConfig.LLama.WithLibrary(NativeLibraryFolder.LlamaPath(folder));
        }

        NativeLogConfig.llama_log_set(OnLog);
        NativeApi.llama_empty_call();
    }

    /// <summary>The Worker:NativeLibraryPath folder llama.cpp was loaded from; null for LLamaSharp's packaged build.</summary>
    public static string? Folder => _folder;

    private static string Describe(string? folder) => folder is null ? "LLamaSharp's packaged build" : $"'{folder}'";

    /// <summary>The error lines logged since the last call, oldest first.</summary>
    public static IReadOnlyList<string> TakeRecentErrors()
    {
        lock (Gate)
        {
            var lines = RecentErrors.ToArray();
            RecentErrors.Clear();
            return lines;
        }
    }

    // llama.cpp sends a line in pieces (later pieces as Continue): join them, act on the newline.
    private static void OnLog(LLamaLogLevel level, string message)
    {
        lock (Gate)
        {
            if (level != LLamaLogLevel.Continue)
            {
                _pendingLevel = level;
            }

            Pending.Append(message);
            if (!message.EndsWith('\n'))
            {
                return;
            }

            var line = Pending.ToString().TrimEnd();
            Pending.Clear();
            if (line.Length == 0)
            {
                return;
            }

            if (OffloadLine().Match(line) is { Success: true } offload)
            {
                GpuLayersOffloaded = offload.Groups[1].Value;
            }

            if (_pendingLevel == LLamaLogLevel.Error)
            {
                if (RecentErrors.Count == Kept)
                {
                    RecentErrors.Dequeue();
                }

                RecentErrors.Enqueue(line);
            }

            if (Verbose || _pendingLevel is LLamaLogLevel.Warning or LLamaLogLevel.Error)
            {
                Console.Error.WriteLine(line);
            }
        }
    }

    [GeneratedRegex(@"offloaded (\d+/\d+) layers to GPU")]
    private static partial Regex OffloadLine();

    /// <summary>Which native build is loaded, e.g. "cpu-avx512" or "cuda"; "custom" from Worker:NativeLibraryPath.</summary>
    public static string Backend()
    {
        if (_folder is not null)
        {
            return "custom";
        }

        var metadata = NativeApi.GetLoadedNativeLibrary(NativeLibraryName.LLama)?.Metadata;
        if (metadata is null)
        {
            return "unknown";
        }

        return metadata.UseCuda ? "cuda" : metadata.UseVulkan ? "vulkan" : "cpu-" + metadata.AvxLevel.ToString().ToLowerInvariant();
    }
}
