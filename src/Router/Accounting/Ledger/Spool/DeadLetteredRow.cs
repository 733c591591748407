namespace Router.Accounting.Ledger.Spool;

/// <summary>A line of a <c>.rejected</c> file: a row the table will never take as sent, and the table's answer.</summary>
internal sealed record DeadLetteredRow(string Reason, LedgerEntry Entry);
