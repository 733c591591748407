using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Router.Accounting.Ledger.Spool;

/// <summary>
/// Durable local outbox: one file per request, named by a hash of (tenant, request id), so a rewritten request
/// replaces its own file. A row is written to a temp file, fsync'd, then renamed over the final name, so a crash
/// leaves either the old file, the new file, or a stray temp file, never a torn row.
/// One spool directory belongs to one process at a time.
/// </summary>
internal sealed class LedgerSpool
{
    private const string Extension = ".json";
    private readonly string _directory;
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public LedgerSpool(IOptions<LedgerOptions> options)
    {
        _directory = Path.GetFullPath(options.Value.SpoolDirectory);
        Directory.CreateDirectory(_directory);
    }

    public string DirectoryPath => _directory;

    public string PathFor(LedgerEntry entry)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{entry.TenantId.Length}:{entry.TenantId}:{entry.RequestId}"));
        return Path.Combine(_directory, Convert.ToHexStringLower(hash) + Extension);
    }

    /// <summary>Serialises all work on one spool file (write, table write, delete) within this process.</summary>
    public async Task<IDisposable> LockAsync(string path, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(Path.GetFileName(path)) % (uint)_stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    public async Task WriteAsync(string path, LedgerEntry entry, CancellationToken cancellationToken)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await JsonSerializer.SerializeAsync(stream, entry, LedgerJsonContext.Default.LedgerEntry, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The spooled row, or null when it was deleted meanwhile.</summary>
    public async Task<LedgerEntry?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
            return await JsonSerializer.DeserializeAsync(stream, LedgerJsonContext.Default.LedgerEntry, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public static void Delete(string path) => File.Delete(path);

    public IReadOnlyList<string> PendingFiles() =>
        [.. Directory.EnumerateFiles(_directory, "*" + Extension).Order(StringComparer.Ordinal)];

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
