using Router.Accounting;
using Router.Backends;

namespace Router.Tests.Accounting;

public sealed class LedgerBackendsTests
{
    [Fact]
    public void Names_MatchTheBackendsThatWriteThem()
    {
        Assert.Equal((BackendNames.GpuWorker, BackendNames.AzureOpenAi), (LedgerBackends.GpuWorker, LedgerBackends.AzureOpenAi));
    }
}
