using Router.Classification.Difficulty;
using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class DifficultyTrainerTests
{
    private static readonly TrainingOptions Small = new() { HashBits = 10, Iterations = 150, DensePenalty = 0.01, BucketPenalty = 0.01 };

    [Fact]
    public void Train_PlantedDifficulty_BeatsRandomAndScoresHardPromptsHigher()
    {
        var choice = SyntheticRoutingData.MultipleChoice(60, "geology", "botany", "optics", "acoustics");
        var free = SyntheticRoutingData.WordProblems(120);
        var trainer = new DifficultyTrainer(Small, Small, _ => { }) { SubjectFolds = 4, RandomSeeds = 5 };

        var (model, reports) = trainer.Train(choice, free);

        Assert.Equal(["MMLU", "GSM8K"], reports.Select(r => r.Dataset));
        Assert.All(reports, r => Assert.True(r.Model < r.Random - 0.1, $"{r.Dataset}: model {r.Model} vs random {r.Random}"));
        Assert.NotNull(reports[0].GroupOracle);
        Assert.Null(reports[1].GroupOracle);
        var scorer = new DifficultyScorer(model);
        Assert.True(scorer.Score(choice.First(p => p.Prompt.Contains("Calculate", StringComparison.Ordinal)).Prompt)
            > scorer.Score(choice.First(p => p.Prompt.StartsWith("Which", StringComparison.Ordinal)).Prompt));
    }

    [Fact]
    public void Train_SameData_IsDeterministic()
    {
        var choice = SyntheticRoutingData.MultipleChoice(20, "geology", "botany");
        var free = SyntheticRoutingData.WordProblems(30);
        var options = Small with { Iterations = 30 };

        var first = new DifficultyTrainer(options, options, _ => { }) { SubjectFolds = 2, RandomSeeds = 2 }.Train(choice, free);
        var second = new DifficultyTrainer(options, options, _ => { }) { SubjectFolds = 2, RandomSeeds = 2 }.Train(choice, free);

        Assert.Equal(first.Reports, second.Reports);
        Assert.Equal(
            DifficultyModelFile.Serialize(first.Model, new Dictionary<string, string>()),
            DifficultyModelFile.Serialize(second.Model, new Dictionary<string, string>()));
    }

    [Fact]
    public void Train_GroupWithImplausibleStrongLabels_IsNotFitted()
    {
        var choice = SyntheticRoutingData.MultipleChoice(20, "geology", "botany")
            .Select(p => p.Group == "botany" ? p with { StrongCorrect = false } : p).ToArray();
        var messages = new List<string>();

        var (_, reports) = new DifficultyTrainer(Small with { Iterations = 10 }, Small with { Iterations = 10 }, messages.Add) { SubjectFolds = 2, RandomSeeds = 1 }
            .Train(choice, SyntheticRoutingData.WordProblems(20));

        Assert.Equal(["MMLU", "MMLU-fitted", "GSM8K"], reports.Select(r => r.Dataset));
        Assert.Equal(20, reports[1].Prompts);
        Assert.Contains(messages, m => m.Contains("botany", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("geology", StringComparison.Ordinal) && m.StartsWith("Not fitting", StringComparison.Ordinal));
    }
}
