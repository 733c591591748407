using System.Text.Json;

namespace Router.Classification.Difficulty;

/// <summary>
/// The JSON form of a <see cref="DifficultyModel"/>. Bucket weights are stored sparsely (non-zero only) and
/// rounded, which keeps the committed file small without changing scores measurably.
/// </summary>
internal static class DifficultyModelFile
{
    public const int FormatVersion = 1;
    public const string ResourceName = "difficulty.model.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Serialize(DifficultyModel model, IReadOnlyDictionary<string, string> notes)
    {
        var data = new ModelData(FormatVersion, model.HashBits, DifficultyFeatureExtractor.DenseNames, ToData(model.MultipleChoice), ToData(model.FreeForm), notes);
        return JsonSerializer.Serialize(data, Options);
    }

    public static DifficultyModel Deserialize(string json)
    {
        var data = JsonSerializer.Deserialize<ModelData>(json, Options) ?? throw new InvalidDataException("Empty difficulty model.");
        if (data.Version != FormatVersion || !data.DenseNames.SequenceEqual(DifficultyFeatureExtractor.DenseNames))
        {
            throw new InvalidDataException("The difficulty model was trained for a different feature set; retrain it.");
        }

        return new DifficultyModel(data.HashBits, FromData(data.MultipleChoice, data.HashBits), FromData(data.FreeForm, data.HashBits));
    }

    public static DifficultyModel LoadEmbedded()
    {
        using var stream = typeof(DifficultyModelFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Deserialize(reader.ReadToEnd());
    }

    private static LinearData ToData(LinearModel model)
    {
        var indices = new List<int>();
        var weights = new List<double>();
        for (var i = 0; i < model.BucketWeights.Length; i++)
        {
            var rounded = Math.Round(model.BucketWeights[i], 5);
            if (rounded != 0)
            {
                indices.Add(i);
                weights.Add(rounded);
            }
        }

        return new LinearData(
            model.Bias, Round(model.DenseMeans), Round(model.DenseScales), Round(model.DenseWeights), [.. indices], [.. weights],
            model.Calibration.Scale, model.Calibration.Offset);
    }

    private static LinearModel FromData(LinearData data, int hashBits)
    {
        var buckets = new double[1 << hashBits];
        for (var i = 0; i < data.BucketIndices.Length; i++)
        {
            buckets[data.BucketIndices[i]] = data.BucketWeights[i];
        }

        return new LinearModel(data.Bias, data.DenseMeans, data.DenseScales, data.DenseWeights, buckets, new Calibration(data.CalibrationScale, data.CalibrationOffset));
    }

    private static double[] Round(double[] values) => [.. values.Select(v => Math.Round(v, 6))];

    private sealed record ModelData(
        int Version, int HashBits, string[] DenseNames, LinearData MultipleChoice, LinearData FreeForm, IReadOnlyDictionary<string, string> Notes);

    private sealed record LinearData(
        double Bias, double[] DenseMeans, double[] DenseScales, double[] DenseWeights, int[] BucketIndices, double[] BucketWeights,
        double CalibrationScale, double CalibrationOffset);
}
