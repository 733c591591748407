using System.Globalization;
using Router.Accounting.Ledger.Tables;

namespace Router.Tests.Accounting.Ledger.Tables;

public sealed class LedgerEntityMapperTests
{
    [Fact]
    public void ToEntityFromEntity_AnyRow_RoundTripsExactly()
    {
        var entry = LedgerTestData.Entry("acme", "r1", sensitivity: "high") with
        {
            CostUsd = 0.000125000m,
            Timestamp = LedgerTestData.Noon.AddTicks(1234567),
            FallbackFrom = "private-small",
            FallbackReason = "unavailable",
            ServedModel = "gpt-4o-2024-11-20",
            Deployment = "gpt4o-eu@contoso.openai.azure.com",
            DeploymentType = "DataZoneStandard",
            CachedPromptTokens = 1024,
            ReasoningTokens = 64,
            CachedInputPricePerMillionUsd = 1.375m,
            CostBasis = "allocated",
            ProvisionalCostUsd = 0.00042m,
            StandardCostUsd = 0.000250000m,
        };

        var back = LedgerEntityMapper.FromEntity(LedgerEntityMapper.ToEntity(entry));

        LedgerTestData.AssertSame(entry, back);
        Assert.Equal("0.000125000", back.CostUsd.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.000250000", back.StandardCostUsd?.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FromEntity_RowNotBatchPriced_NoStandardCost()
    {
        var entity = LedgerEntityMapper.ToEntity(LedgerTestData.Entry("acme", "r1"));

        Assert.Null(entity.GetString("StandardCostUsd"));
        Assert.Null(LedgerEntityMapper.FromEntity(entity).StandardCostUsd);
    }

    [Fact]
    public void ToEntity_Lists_StoredAsJsonStrings()
    {
        var entity = LedgerEntityMapper.ToEntity(LedgerTestData.Entry("acme", "r1", sensitivity: "high"));

        Assert.Equal("[\"email\",\"cn_resident_id\"]", entity.GetString("EntityTypes"));
        Assert.Equal("0.0012", entity.GetString("CostUsd"));
    }
}
