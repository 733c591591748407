using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification;

namespace Router.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Router.Benchmarks -- dump requests.json verdicts.txt</c>: the full verdict
/// (level, every entity's type, message and offsets) and the difficulty score of each request in a JSON array of
/// requests (each an array of texts), then of the benchmark samples, one line each. Run before and after a change
/// that must not alter what is detected and compare the two files; no text is written, only offsets and types.
/// </summary>
internal static class VerdictDump
{
    private static readonly string[] ConfidentialTerms = ["Project Falcon", "猎鹰计划"];

    public static void Run(string requestsPath, string outputPath)
    {
        using var services = BenchmarkServices.Create();
        var sensitivity = services.GetRequiredService<ISensitivityClassifier>();
        var difficulty = services.GetRequiredService<IDifficultyScorer>();
        var requests = JsonSerializer.Deserialize<string[][]>(File.ReadAllText(requestsPath)) ?? [];
        var all = requests.Concat(SampleTexts.All.Values.Select(text => new[] { text })).ToArray();
        using var output = new StreamWriter(outputPath, append: false, Encoding.UTF8);
        var entities = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var verdict = sensitivity.Classify(all[i], ConfidentialTerms);
            var line = new StringBuilder().Append(i).Append('\t').Append(verdict.Level);
            foreach (var entity in verdict.Entities)
            {
                line.Append('\t').Append(entity.Type).Append('@').Append(entity.MessageIndex).Append(':').Append(entity.Start).Append('-').Append(entity.End);
            }
            line.Append('\t').Append(difficulty.Score(all[i][0]).ToString("R", CultureInfo.InvariantCulture));
            output.WriteLine(line.ToString());
            entities += verdict.Entities.Count;
            if (i % 5000 == 0)
            {
                Console.Error.WriteLine($"{i}/{all.Length}");
            }
        }
        Console.WriteLine($"{all.Length} requests, {entities} entities");
    }
}
