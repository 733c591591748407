// Loaded into the app under test with DOTNET_STARTUP_HOOKS (test-only; the app itself is unchanged): every
// 200 ms writes the process's GC figures to $PERF_GC_FILE, so the bench can report the managed heap and the
// bytes allocated per request without dotnet-counters. Must be a type named StartupHook outside any namespace.
#pragma warning disable CA1050
internal static class StartupHook
#pragma warning restore CA1050
{
    private static Timer? _timer;

    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("PERF_GC_FILE");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        _timer = new Timer(_ => Write(path), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
    }

    private static void Write(string path)
    {
        var info = GC.GetGCMemoryInfo();
        var line = string.Join(' ',
            GC.GetTotalAllocatedBytes(precise: false), info.HeapSizeBytes, info.TotalCommittedBytes,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var temp = path + ".tmp";
        File.WriteAllText(temp, line);
        File.Move(temp, path, overwrite: true);
    }
}
