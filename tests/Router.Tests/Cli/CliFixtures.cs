using Microsoft.Extensions.DependencyInjection;
using Router.Classification;
using Router.Tests.Routing;

namespace Router.Tests.Cli;

/// <summary>The CLI's services with small fakes for the classifiers (the real ones live elsewhere).</summary>
internal static class CliFixtures
{
    /// <summary>"@" marks an email (its word is the span), "hard" makes work hard, "BOOM" breaks the classifier.</summary>
    private sealed class FakeSensitivity : ISensitivityClassifier
    {
        public SensitivityVerdict Classify(IReadOnlyList<string> texts, SensitivityScope scope, CancellationToken cancellationToken = default)
        {
            var entities = new List<DetectedEntity>();
            for (var m = 0; m < texts.Count; m++)
            {
                if (texts[m].Contains("BOOM", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("fake failure");
                }

                var at = texts[m].IndexOf('@', StringComparison.Ordinal);
                if (at >= 0)
                {
                    var start = texts[m].LastIndexOf(' ', at) + 1;
                    var end = texts[m].IndexOf(' ', at) is var e and >= 0 ? e : texts[m].Length;
                    entities.Add(new DetectedEntity("email", start, end, m));
                }
            }

            return entities.Count == 0 ? SensitivityVerdict.Clean : new SensitivityVerdict(SensitivityLevel.Moderate, entities, ["email address found"]);
        }
    }

    private sealed class FakeDifficulty : IDifficultyScorer
    {
        public double Score(string prompt) => prompt.Contains("hard", StringComparison.Ordinal) ? 0.9 : 0.1;
    }

    public static IServiceProvider Services() => RoutingFixtures.Services(configure: s =>
    {
        s.AddSingleton<ISensitivityClassifier, FakeSensitivity>();
        s.AddSingleton<IDifficultyScorer, FakeDifficulty>();
    });

    public static string TempFile(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"router-cli-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
