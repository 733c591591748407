using Router.Classification.Difficulty;

namespace Router.Tests.Classification.Difficulty;

public class DifficultyModelFileTests
{
    [Fact]
    public void LoadEmbedded_CommittedModel_LoadsBothModels()
    {
        var model = DifficultyModelFile.LoadEmbedded();

        Assert.InRange(model.HashBits, 8, 20);
        Assert.Equal(1 << model.HashBits, model.MultipleChoice.BucketWeights.Length);
        Assert.Equal(DifficultyFeatureExtractor.DenseNames.Length, model.FreeForm.DenseWeights.Length);
        Assert.True(model.MultipleChoice.Calibration.Scale > 0);
    }

    [Fact]
    public void Serialize_RoundTrip_ScoresTheSame()
    {
        var model = DifficultyModelFile.LoadEmbedded();
        var copy = DifficultyModelFile.Deserialize(DifficultyModelFile.Serialize(model, new Dictionary<string, string>()));
        const string prompt = "Which statement is true?\nA. one\nB. two\nAnswer:";

        Assert.Equal(new DifficultyScorer(model).Score(prompt), new DifficultyScorer(copy).Score(prompt), 6);
    }

    [Fact]
    public void Deserialize_OtherFeatureSet_IsRejected()
    {
        var json = DifficultyModelFile.Serialize(DifficultyModelFile.LoadEmbedded(), new Dictionary<string, string>())
            .Replace("\"log_chars\"", "\"renamed\"", StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => DifficultyModelFile.Deserialize(json));
    }
}
