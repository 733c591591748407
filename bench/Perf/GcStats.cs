using System.Globalization;

namespace Perf;

/// <summary>What <see cref="StartupHook"/> last wrote inside the app: "allocated heap committed gen0 gen1 gen2".</summary>
internal sealed record GcStats(long AllocatedBytes, long HeapBytes, long CommittedBytes, int Gen0, int Gen1, int Gen2)
{
    public static GcStats? Read(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 6)
            {
                var n = parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                return new GcStats(n[0], n[1], n[2], (int)n[3], (int)n[4], (int)n[5]);
            }

            Thread.Sleep(20);
        }

        return null;
    }
}
