namespace Router.Accounting.Ledger;

/// <summary>One line the host prints at startup saying where ledger rows go.</summary>
public sealed record LedgerDescription(string Text);
