using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class FoldsTests
{
    [Fact]
    public void Grouped_EveryGroup_LandsInExactlyOneFold()
    {
        var prompts = Enumerable.Range(0, 60).Select(i => new LabeledPrompt("p", true, true, $"subject{i % 7}")).ToArray();

        var folds = Folds.Grouped(prompts, 3, seed: 5);

        Assert.All(prompts.Select((p, i) => (p.Group, Fold: folds[i])).GroupBy(x => x.Group), g => Assert.Single(g.Select(x => x.Fold).Distinct()));
        Assert.Equal(3, folds.Distinct().Count());
        Assert.Equal(folds, Folds.Grouped(prompts, 3, seed: 5));
    }

    [Fact]
    public void Plain_Folds_AreBalancedAndSeeded()
    {
        var folds = Folds.Plain(10, 5, seed: 1);

        Assert.All(folds.GroupBy(f => f), g => Assert.Equal(2, g.Count()));
        Assert.Equal(folds, Folds.Plain(10, 5, seed: 1));
    }
}
