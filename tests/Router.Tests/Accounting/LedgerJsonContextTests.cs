using System.Text.Json;
using Router.Accounting;
using Router.Tests.Accounting.Ledger;

namespace Router.Tests.Accounting;

public sealed class LedgerJsonContextTests
{
    [Fact]
    public void Serialize_GeneratedMetadata_SameJsonAsReflectionSoStoredRowsStayReadable()
    {
        var entry = LedgerTestData.Entry("acme", "req-1", cost: 0.000123400m) with { TokensEstimated = true, FallbackFrom = "gpu-worker", FallbackReason = "unavailable" };

        var generated = JsonSerializer.Serialize(entry, LedgerJsonContext.Default.LedgerEntry);

        Assert.Equal(JsonSerializer.Serialize(entry), generated);
        LedgerTestData.AssertSame(entry, JsonSerializer.Deserialize(generated, LedgerJsonContext.Default.LedgerEntry)!);
    }
}
