using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting.Ledger.Tables;

namespace Router.Accounting.Ledger.Spool;

/// <summary>Retries spooled ledger rows: once at startup (rows left by a previous run), then every interval.</summary>
internal sealed class LedgerSpoolFlusher(
    TableSpendLedger ledger,
    IOptions<LedgerOptions> options,
    TimeProvider time,
    ILogger<LedgerSpoolFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SpoolFlushInterval, time);
        do
        {
            try
            {
                var written = await ledger.FlushSpoolAsync(stoppingToken).ConfigureAwait(false);
                if (written > 0)
                {
                    LedgerLog.SpoolFlushed(logger, written);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The rows stay on disk; the next tick tries again.
                LedgerLog.SpoolFlushFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
