using Router.Backends.AzureOpenAi;
using Router.Tests.Fakes;

namespace Router.Tests.Backends.AzureOpenAi;

public sealed class WeightedDeploymentOrderTests
{
    private static IReadOnlyList<AzureDeployment> Deployments(params double[] weights) =>
        AzureDeploymentFactory.Create(
            AzureBackendHarness.Options(null, weights.Select((w, i) => ("https://r.example/", $"d{i}", w)).ToArray()),
            TimeProvider.System);

    [Fact]
    public void For_WeightsThreeToOne_FirstChoiceFollowsWeights()
    {
        var deployments = Deployments(3, 1);
        var random = new SequenceRandom(seed: 42);

        var heavyFirst = Enumerable.Range(0, 10_000).Count(_ => WeightedDeploymentOrder.For(deployments, random)[0].Name.StartsWith("d0@", StringComparison.Ordinal));

        Assert.InRange(heavyFirst, 7_250, 7_750);
    }

    [Fact]
    public void For_AnyDraw_ListsEveryAvailableDeploymentOnce()
    {
        var deployments = Deployments(1, 2, 5);

        var order = WeightedDeploymentOrder.For(deployments, new SequenceRandom(0.3, 0.9, 0.1));

        Assert.Equal(3, order.Distinct().Count());
    }
}
