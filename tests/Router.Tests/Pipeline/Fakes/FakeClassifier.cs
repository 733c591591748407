using Router.Classification;
using Router.Requests;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Finds an "EMAIL" wherever a message contains '@' (span recorded, never the value); difficulty is
/// 0.9 when a message contains "HARD", else 0.1.</summary>
public sealed class FakeClassifier : IRequestClassifier
{
    public int Calls { get; private set; }

    public SensitivityScope? LastScope { get; private set; }

    public ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastScope = scope;
        var entities = request.Messages
            .Select((m, i) => (m, i))
            .Where(x => x.m.Content.Contains('@', StringComparison.Ordinal))
            .Select(x => new DetectedEntity("EMAIL", x.m.Content.IndexOf('@', StringComparison.Ordinal), x.m.Content.Length, x.i))
            .ToList();
        var verdict = entities.Count == 0 ? SensitivityVerdict.Clean : new SensitivityVerdict(SensitivityLevel.Moderate, entities, ["sensitive: EMAIL"]);
        var difficulty = request.Messages.Any(m => m.Content.Contains("HARD", StringComparison.Ordinal)) ? 0.9 : 0.1;
        return ValueTask.FromResult(new RequestClassification(verdict, difficulty));
    }
}
