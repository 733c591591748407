namespace Router.Accounting;

/// <summary>The backend names ledger rows carry (the same strings as Router.Backends.BackendNames, which sits above
/// Accounting and so cannot be referenced from here; a test keeps the two equal).</summary>
internal static class LedgerBackends
{
    public const string GpuWorker = "gpu-worker";
    public const string AzureOpenAi = "azure-openai";
}
