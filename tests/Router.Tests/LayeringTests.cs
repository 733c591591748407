using NetArchTest.Rules;

namespace Router.Tests;

/// <summary>
/// The stage folders of Router.Core form a stack: each may use those below it, never those above. Read from the
/// compiled assembly (method bodies included), so a new dependency upwards fails here, naming the types.
/// </summary>
public sealed class LayeringTests
{
    // Bottom to top. The root namespace holds the configuration model (below everything) and the composition root
    // (above everything); a new folder must be placed in this list.
    private static readonly string[] Layers =
    [
        "Router.Requests",
        "Router.Diagnostics",
        "Router.Classification",
        "Router.Redis",
        "Router.Accounting",
        "Router.Routing",
        "Router.Caching",
        "Router.Backends",
        "Router.Pipeline",
    ];

    private static readonly string[] CompositionRoot =
    [
        "Router.RouterServiceCollectionExtensions",
        "Router.RouterDefaultsConfigurationExtensions",
    ];

    private static readonly string[] ConfigurationModel = ["RouterOptions", "Route", "RouteExtensions", "RouteTarget", "TenantOptions", "BatchFailurePolicy", "TenantPolicies", "ExactDataMatchOptions", "ExactDataMatchReloadOptions"];

    public static TheoryData<string> LayerNames() => new(Layers);

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Layer_DependsOnlyOnLayersBelowIt(string layer)
    {
        var above = Layers.SkipWhile(l => l != layer).Skip(1).Concat(CompositionRoot).ToArray();

        var result = Types.InAssembly(typeof(RouterOptions).Assembly)
            .That().ResideInNamespaceMatching($"^{Regex(layer)}(\\..*)?$")
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses a layer above it: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void ConfigurationModel_DependsOnNoLayer()
    {
        var result = Types.InAssembly(typeof(RouterOptions).Assembly)
            .That().ResideInNamespaceMatching("^Router$").And().HaveName(ConfigurationModel)
            .ShouldNot().HaveDependencyOnAny([.. Layers, .. CompositionRoot])
            .GetResult();

        Assert.Equal(ConfigurationModel.Length, result.SelectedTypesForTesting.Count());
        Assert.True(result.IsSuccessful, "configuration model uses a layer: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void EveryNamespace_BelongsToALayer()
    {
        var namespaces = typeof(RouterOptions).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Router", StringComparison.Ordinal))
            .Distinct();

        var unplaced = namespaces.Where(n => n != "Router" && !Layers.Any(l => n == l || n.StartsWith(l + ".", StringComparison.Ordinal)));

        Assert.Empty(unplaced);
    }

    // A control: the check sees a dependency that is known to exist, so a passing layer test means something.
    [Fact]
    public void DependencyCheck_SeesPipelineUsingCaching()
    {
        var result = Types.InAssembly(typeof(RouterOptions).Assembly)
            .That().ResideInNamespaceMatching("^Router\\.Pipeline(\\..*)?$")
            .ShouldNot().HaveDependencyOnAny("Router.Caching")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void DifficultyTraining_IsNotInTheCoreLibrary() =>
        Assert.DoesNotContain(typeof(RouterOptions).Assembly.GetTypes(), t => t.Namespace?.Contains(".Training", StringComparison.Ordinal) == true);

    private static string Regex(string name) => name.Replace(".", "\\.", StringComparison.Ordinal);
}
