using Router.Classification.Difficulty;
using Router.Cli.Commands;
using Router.Tests.Classification.Difficulty.Training;

namespace Router.Tests.Cli.Commands;

public sealed class TrainDifficultyCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"train-difficulty-{Guid.NewGuid():N}");

    [Fact]
    public async Task Invoke_SyntheticData_WritesLoadableModel()
    {
        SyntheticRoutingData.WriteDirectory(_root);
        var output = Path.Combine(_root, "model.json");

        var exit = await TrainDifficultyCommand.Create().Parse(["--data", _root, "--out", output, "--subject-folds", "3"]).InvokeAsync();

        Assert.Equal(0, exit);
        var scorer = new DifficultyScorer(DifficultyModelFile.Deserialize(await File.ReadAllTextAsync(output)));
        Assert.InRange(scorer.Score("Tom buys 3 boxes of 12 pens at $2.50 each, then sells half. What is his profit?"), 0, 1);
    }

    [Fact]
    public async Task Invoke_MissingData_FailsWithoutWriting()
    {
        var exit = await TrainDifficultyCommand.Create().Parse(["--out", Path.Combine(_root, "model.json")]).InvokeAsync();

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(Path.Combine(_root, "model.json")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
