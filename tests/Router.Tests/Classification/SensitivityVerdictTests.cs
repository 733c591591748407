using Router.Classification;

namespace Router.Tests.Classification;

public sealed class SensitivityVerdictTests
{
    [Fact]
    public void FailClosed_AnyReason_IsSensitiveWithReason()
    {
        var verdict = SensitivityVerdict.FailClosed("timeout");

        Assert.True(verdict.IsSensitive);
        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void EntityTypeCounts_RepeatedTypes_CountsEachType()
    {
        var verdict = new SensitivityVerdict(SensitivityLevel.High,
            [new("email", 0, 5), new("email", 9, 14), new("cn_resident_id", 20, 38)], []);

        Assert.Equal(2, verdict.EntityTypeCounts["email"]);
        Assert.Equal(1, verdict.EntityTypeCounts["cn_resident_id"]);
    }
}
