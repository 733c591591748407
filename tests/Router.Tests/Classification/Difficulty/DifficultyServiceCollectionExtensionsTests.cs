using Microsoft.Extensions.DependencyInjection;
using Router.Classification;
using Router.Classification.Difficulty;

namespace Router.Tests.Classification.Difficulty;

public class DifficultyServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDifficultyScoring_Resolves_OneSharedScorerOnTheEmbeddedModel()
    {
        using var provider = new ServiceCollection().AddDifficultyScoring().BuildServiceProvider();

        var scorer = provider.GetRequiredService<IDifficultyScorer>();

        Assert.IsType<DifficultyScorer>(scorer);
        Assert.Same(scorer, provider.GetRequiredService<IDifficultyScorer>());
        Assert.InRange(scorer.Score("What is the capital of France?\nA. Paris\nB. Rome\nAnswer:"), 0, 1);
    }
}
