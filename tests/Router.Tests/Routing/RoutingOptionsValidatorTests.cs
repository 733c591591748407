using Router.Routing;

namespace Router.Tests.Routing;

public sealed class RoutingOptionsValidatorTests
{
    [Fact]
    public void Validate_DefaultOptions_Succeeds()
    {
        Assert.True(new RoutingOptionsValidator().Validate(null, RoutingFixtures.Options()).Succeeded);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllTogether()
    {
        var options = new RouterOptions
        {
            Routes = { [Route.PrivateSmall] = new RouteTarget { Backend = "gpu-worker", Model = "" } },
            PremiumModel = "",
            Tenants = { ["t"] = new TenantOptions { DifficultyThreshold = 1.5, DailyBudgetUsd = -1m } },
        };

        var result = new RoutingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Routes:PrivateSmall needs", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Routes:PrivateLarge is missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Routes:Closed is missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("PremiumModel", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DifficultyThreshold", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DailyBudgetUsd", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ToolDifficultyOutOfRange_NamesEachSetting()
    {
        var options = RoutingFixtures.Options();
        options.ToolDifficulty = new ToolDifficultyOptions { PerToolDoubling = -0.1, MaxLogOdds = double.NaN, SimpleSchemaProperties = 0 };

        var failures = new RoutingOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("ToolDifficulty:PerToolDoubling", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ToolDifficulty:MaxLogOdds", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("SimpleSchemaProperties", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_ToolDifficultyFromConfiguration()
    {
        var options = RoutingFixtures.Options(new Dictionary<string, string?> { ["Router:ToolDifficulty:PerToolDoubling"] = "0.3", ["Router:ToolDifficulty:Enabled"] = "false" });

        Assert.Equal((0.3, false), (options.ToolDifficulty.PerToolDoubling, options.ToolDifficulty.Enabled));
    }
}
