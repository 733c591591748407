using Microsoft.Extensions.Logging;

namespace Router.Accounting.Ledger.Spool;

/// <summary>
/// Whole batch files from the front of the spool's queue, read to be sent to the table together (small files add up
/// to one pass, so a backlog of one-row files still fills transactions).
/// </summary>
internal sealed class SpoolPass
{
    private readonly LedgerSpool _spool;
    private readonly List<LedgerEntry> _rows = [];
    private readonly List<string> _fileOfRow = [];
    private readonly Dictionary<string, int> _badLines = new(StringComparer.Ordinal);

    private SpoolPass(LedgerSpool spool) => _spool = spool;

    public IReadOnlyList<LedgerEntry> Rows => _rows;

    public IReadOnlyCollection<string> Files => _badLines.Keys;

    /// <summary>Reads files in queue order until <paramref name="maxRows"/> rows or more.</summary>
    public static async Task<SpoolPass> ReadAsync(LedgerSpool spool, IEnumerable<string> queue, int maxRows, CancellationToken cancellationToken)
    {
        var pass = new SpoolPass(spool);
        foreach (var file in queue)
        {
            if (pass._rows.Count >= maxRows)
            {
                break;
            }

            var (rows, bad) = await spool.ReadBatchAsync(file, cancellationToken).ConfigureAwait(false);
            pass._rows.AddRange(rows);
            pass._fileOfRow.AddRange(rows.Select(_ => file));
            pass._badLines[file] = bad;
        }

        return pass;
    }

    /// <summary>The table holds every row but <paramref name="rejected"/> (indexes into <see cref="Rows"/>): those
    /// are dead-lettered as <c>.rejected</c> with their reason and counted, then each file is deleted, or kept as
    /// <c>.corrupt</c> if it had unreadable lines.</summary>
    public void Complete(IReadOnlyCollection<Tables.RejectedRow> rejected, ILogger logger)
    {
        foreach (var file in rejected.GroupBy(r => _fileOfRow[r.Index], StringComparer.Ordinal))
        {
            _spool.SetAsideRejected(file.Key, file.Select(r => new DeadLetteredRow(r.Reason, _rows[r.Index])));
            foreach (var row in file)
            {
                LedgerDeadLetters.Count(row.Status);
            }

            LedgerLog.RowsRejected(logger, file.Count(), file.Key + LedgerSpool.RejectedSuffix, string.Join("; ", file.Select(r => r.Reason).Distinct()));
        }

        foreach (var (file, bad) in _badLines)
        {
            if (File.Exists(Path.Combine(_spool.DirectoryPath, file)))
            {
                _spool.Complete(file, keepAsCorrupt: bad > 0);
                if (bad > 0)
                {
                    LedgerLog.SpoolFileCorrupt(logger, file + LedgerSpool.CorruptSuffix);
                }
            }
        }
    }
}
