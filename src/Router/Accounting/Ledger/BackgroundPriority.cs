using System.Runtime.InteropServices;

namespace Router.Accounting.Ledger;

/// <summary>
/// Lowers the calling thread's CPU priority on Linux to nice <see cref="Nice"/>, for accounting work that runs after
/// the answer has gone out. On a small instance the ledger's writer thread otherwise takes its turn on the cores
/// between requests still being served; at lower priority it writes in the gaps, in larger batches, and loses no
/// durability (callers still wait for their commit, and the queues' back-pressure still holds). Measured at 50
/// concurrent requests on 2 cores: about −1.3 ms p50 (docs/performance.md). .NET's Thread.Priority does nothing on
/// Linux, hence setpriority for the thread id. Never raises a priority (a process started with a higher nice keeps
/// it); best effort: a refusal leaves the thread as it was.
/// </summary>
internal static partial class BackgroundPriority
{
    public const int Nice = 10;

    private const int PrioProcess = 0;

    public static void LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var thread = GetThreadId();
        if (GetPriority(PrioProcess, thread) < Nice)
        {
            _ = SetPriority(PrioProcess, thread, Nice);
        }
    }

    [LibraryImport("libc", EntryPoint = "getpriority")]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
