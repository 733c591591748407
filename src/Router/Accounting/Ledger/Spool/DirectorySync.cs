using System.Runtime.InteropServices;

namespace Router.Accounting.Ledger.Spool;

/// <summary>
/// fsync of a directory, which makes a newly created file's name durable (POSIX; .NET cannot open a directory as a
/// file). On Windows, NTFS journals the name with the file's own flush, and there is no directory handle to flush.
/// </summary>
internal static partial class DirectorySync
{
    // O_RDONLY, the same value on every Linux architecture (O_DIRECTORY is not); Linux opens directories read-only.
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Open(directory, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open the spool directory to fsync it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (FileSync(fd) != 0)
            {
                throw new IOException($"fsync of the spool directory failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
