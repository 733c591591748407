using Router.Caching;
using Router.Routing;

namespace Router.Tests.Caching;

public sealed class CacheStoragePolicyTests
{
    [Theory]
    [InlineData(false, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void MayStore_SensitivityAndTenantOption_FollowsTenantChoice(bool sensitive, bool tenantAllows, bool expected)
    {
        var tenant = new TenantOptions { CacheSensitiveResponses = tenantAllows };

        Assert.Equal(expected, CacheStoragePolicy.MayStore(sensitive, tenant));
    }

    [Fact]
    public void MayStore_SensitiveUnknownTenant_False()
    {
        Assert.False(CacheStoragePolicy.MayStore(requestIsSensitive: true, tenant: null));
        Assert.True(CacheStoragePolicy.MayStore(requestIsSensitive: false, tenant: null));
    }
}
