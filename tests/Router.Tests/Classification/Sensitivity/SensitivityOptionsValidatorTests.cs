using Router.Classification.Sensitivity;
using Router.Routing;

namespace Router.Tests.Classification.Sensitivity;

public sealed class SensitivityOptionsValidatorTests
{
    [Fact]
    public void Validate_UsableMarkers_Succeeds()
    {
        var options = new RouterOptions { Tenants = { ["acme"] = new TenantOptions { ConfidentialMarkers = ["ACME SEALED", "绝密级"] } } };

        Assert.True(new SensitivityOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_BlankOrOneLetterOrLongMarker_NamesEachSetting()
    {
        var options = new RouterOptions { Tenants = { ["acme"] = new TenantOptions { ConfidentialMarkers = ["ok marker", " ", "X", new string('a', 65)] } } };

        var result = new SensitivityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Router:Tenants:acme:ConfidentialMarkers:1 ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Router:Tenants:acme:ConfidentialMarkers:3 ", StringComparison.Ordinal));
    }
}
