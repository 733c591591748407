using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Router.Accounting.Ledger.Spool;

/// <summary>
/// Durable local outbox, one file per batch: <c>{sequence:D16}.jsonl</c>, one ledger row (generated JSON) per line.
/// <para>Crash safety: a batch file is created under its final name, written once, fsync'd, and its directory
/// fsync'd before any caller of the batch is told its row is durable. A crash during that write can only tear the
/// file being written, whose callers were never answered; every row is a whole JSON object on its own line, so a
/// torn or zero-filled tail fails to parse and is set aside while the whole lines before it are kept. Files are
/// never rewritten, only deleted once the table holds their rows, so a torn write cannot reach another batch.
/// No temp file and rename: the rename would need its own directory fsync to be durable.</para>
/// <para>Sequence numbers continue from the highest file present, so name order is write order and a redelivered
/// row in a later batch wins. Files of the previous one-row-per-file format (<c>{hash}.json</c>, one JSON object)
/// read the same way and sort first. One spool directory belongs to one process at a time.</para>
/// <para>A batch file exists from its creation, before its rows are in it, so <see cref="PendingBatches"/> leaves out
/// the one this process is writing: read then, it would look empty (or torn) and be deleted under its writer, losing
/// rows whose callers are about to hear they are durable. Its writer hands it on once it is whole.</para>
/// </summary>
internal sealed class LedgerSpool
{
    public const string RejectedSuffix = ".rejected";
    public const string CorruptSuffix = ".corrupt";
    private const string BatchExtension = ".jsonl";
    private const string LegacyExtension = ".json";
    private readonly string _directory;
    private long _sequence;
    private volatile string? _writing;

    public LedgerSpool(IOptions<LedgerOptions> options)
    {
        _directory = Path.GetFullPath(options.Value.SpoolDirectory);
        EnsureWritable(_directory);
        // Set-aside files count too, so a new batch never takes the name of one kept beside its .rejected rows.
        _sequence = Directory.EnumerateFiles(_directory).Select(f => Sequence(Path.GetFileName(f))).DefaultIfEmpty(0).Max();
    }

    public string DirectoryPath => _directory;

    /// <summary>Legacy one-row files first (written before any batch), then batches in write order.</summary>
    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
        IsLegacy(a) != IsLegacy(b) ? (IsLegacy(a) ? -1 : 1) : string.CompareOrdinal(a, b));

    /// <summary>Writes one batch durably (one file fsync, one directory fsync) and returns its file name.
    /// Synchronous: it runs on the spool writer's own thread.</summary>
    public string WriteBatch(IEnumerable<byte[]> rows)
    {
        var name = Interlocked.Increment(ref _sequence).ToString("D16", CultureInfo.InvariantCulture) + BatchExtension;
        _writing = name;
        try
        {
            WriteDurably(Path.Combine(_directory, name), FileMode.CreateNew, rows);
        }
        finally
        {
            // A failed write's file stays, like one a crash left: its whole rows are sent, none of them promised.
            _writing = null;
        }

        return name;
    }

    /// <summary>Batch files waiting for the table, in <see cref="Order"/>, but not the one being written.</summary>
    public IReadOnlyList<string> PendingBatches()
    {
        // Read after listing: a file listed while it was written is either still being written now, or whole.
        var names = Directory.EnumerateFiles(_directory).Select(Path.GetFileName).OfType<string>()
            .Where(n => Path.GetExtension(n) is BatchExtension || IsLegacy(n)).ToList();
        var writing = _writing;
        return [.. names.Where(n => n != writing).Order(Order)];
    }

    /// <summary>The whole rows of a batch, and how many lines were not a valid row (a torn or corrupt file).
    /// A file deleted meanwhile reads as empty.</summary>
    public async Task<(List<LedgerEntry> Rows, int BadLines)> ReadBatchAsync(string name, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(Path.Combine(_directory, name), cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return ([], 0);
        }

        return Parse(bytes);
    }

    /// <summary>Dead-letters rows the table rejected beside their batch (<c>.rejected</c>: one JSON line per row with
    /// its reason), durably, for a person to look at.</summary>
    public void SetAsideRejected(string name, IEnumerable<DeadLetteredRow> rows) =>
        WriteDurably(Path.Combine(_directory, name + RejectedSuffix), FileMode.Create,
            rows.Select(r => JsonSerializer.SerializeToUtf8Bytes(r, LedgerJsonContext.Default.DeadLetteredRow)));

    /// <summary>Done with a batch: deleted, or kept as <c>.corrupt</c> when it had unreadable lines.</summary>
    public void Complete(string name, bool keepAsCorrupt)
    {
        var path = Path.Combine(_directory, name);
        if (keepAsCorrupt)
        {
            File.Move(path, path + CorruptSuffix, overwrite: true);
        }
        else
        {
            // Not fsync'd: a delete lost in a crash only sends the rows again, and upserts are idempotent.
            File.Delete(path);
        }
    }

    /// <summary>Fails at startup, naming the setting, rather than at the first row: on Flex Consumption the app's own
    /// folder is the read-only package mount, so a relative default would only fail once traffic arrives.</summary>
    private static void EnsureWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            using var probe = new FileStream(Path.Combine(directory, $".probe-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write,
                FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Ledger:SpoolDirectory '{directory}' is not a writable folder ({e.GetType().Name}: {e.Message}). It must be on a local, " +
                "writable disk; in Azure (Flex Consumption runs the app from a read-only package) use a folder under /tmp.", e);
        }
    }

    private void WriteDurably(string path, FileMode mode, IEnumerable<byte[]> rows)
    {
        using (var stream = new FileStream(path, mode, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            foreach (var row in rows)
            {
                stream.Write(row);
                stream.WriteByte((byte)'\n');
            }

            stream.Flush(flushToDisk: true);
        }

        // The file's fsync covers its bytes; its name lives in the directory.
        DirectorySync.Flush(_directory);
    }

    private static (List<LedgerEntry> Rows, int BadLines) Parse(ReadOnlySpan<byte> bytes)
    {
        var rows = new List<LedgerEntry>();
        var bad = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            var line = bytes[range];
            if (line.Trim((byte)'\r').IsEmpty)
            {
                continue;
            }

            if (TryParse(line) is { } row)
            {
                rows.Add(row);
            }
            else
            {
                bad++;
            }
        }

        return (rows, bad);
    }

    private static long Sequence(string name) =>
        name.AsSpan().IndexOf(BatchExtension) == 16 && long.TryParse(name.AsSpan(0, 16), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static LedgerEntry? TryParse(ReadOnlySpan<byte> line)
    {
        try
        {
            var row = JsonSerializer.Deserialize(line, LedgerJsonContext.Default.LedgerEntry);
            return row is { TenantId.Length: > 0, RequestId.Length: > 0 } ? row : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsLegacy(string name) => Path.GetExtension(name) is LegacyExtension;
}
