using Router.Accounting.Budget;
using Router.Routing;
using Router.Tests.Accounting.Budget;

namespace Router.Tests.Routing;

public sealed class TenantPoliciesTests
{
    private static RouterOptions Options() => new()
    {
        Tenants =
        {
            ["default"] = new TenantOptions { DisplayName = "default", DailyBudgetUsd = 0.05m, DifficultyThreshold = 0.4, ConfidentialTerms = ["Falcon"] },
            ["own-budget"] = new TenantOptions { DisplayName = "own", DailyBudgetUsd = 7m },
            ["no-budget"] = new TenantOptions { DisplayName = "listed", DifficultyThreshold = 0.1 },
        },
        DefaultPolicyTenants = ["acme"],
    };

    [Fact]
    public void Resolve_UnlistedTenant_TakesDefaultBudget()
    {
        Assert.Equal(0.05m, TenantPolicies.Resolve(Options(), "acme").DailyBudgetUsd);
    }

    [Fact]
    public void Resolve_ListedTenantWithoutBudget_TakesDefaultBudgetKeepsOwnThreshold()
    {
        var policy = TenantPolicies.Resolve(Options(), "no-budget");

        Assert.Equal(0.05m, policy.DailyBudgetUsd);
        Assert.Equal(0.1, policy.DifficultyThreshold);
        Assert.Equal(["Falcon"], policy.ConfidentialTerms);
        Assert.Equal("listed", policy.DisplayName);
    }

    [Fact]
    public void Resolve_ListedTenantWithoutMarkersOrSet_TakesTheDefaultTenantsOwnWins()
    {
        var options = Options();
        var defaultSet = new ExactDataMatchOptions { Source = "default.edm" };
        options.Tenants["default"].ConfidentialMarkers = ["ORG SEALED"];
        options.Tenants["default"].ExactDataMatch = defaultSet;
        options.Tenants["own-budget"].ConfidentialMarkers = ["OWN SEALED"];
        options.Tenants["own-budget"].ExactDataMatch = new ExactDataMatchOptions { Source = "own.edm" };

        var inherited = TenantPolicies.Resolve(options, "no-budget");
        var own = TenantPolicies.Resolve(options, "own-budget");

        Assert.Equal(["ORG SEALED"], inherited.ConfidentialMarkers);
        Assert.Same(defaultSet, inherited.ExactDataMatch);
        Assert.Equal(["OWN SEALED"], own.ConfidentialMarkers);
        Assert.Equal("own.edm", own.ExactDataMatch?.Source);
    }

    [Fact]
    public void Resolve_OwnBudget_Wins()
    {
        Assert.Equal(7m, TenantPolicies.Resolve(Options(), "own-budget").DailyBudgetUsd);
    }

    [Fact]
    public void DailyLimit_UnlistedTenant_DefaultTenantsLimit()
    {
        // Before: BudgetLimits read only the tenant's own section, so an unlisted tenant had no limit at all.
        var limits = new BudgetLimits(new StaticOptionsMonitor<RouterOptions>(Options()));

        Assert.Equal(0.05m, limits.DailyLimit("acme"));
        Assert.Equal(0.05m, limits.DailyLimit("never-configured"));
    }

    [Theory]
    [InlineData("acme", true)]
    [InlineData("own-budget", true)]
    [InlineData("globex", false)]
    public void IsKnown_OwnSectionOrExplicitDefaultPolicy(string tenant, bool known)
    {
        Assert.Equal(known, TenantPolicies.IsKnown(Options(), tenant));
    }
}
