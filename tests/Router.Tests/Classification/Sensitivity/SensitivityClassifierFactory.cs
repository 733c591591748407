using Microsoft.Extensions.DependencyInjection;
using Router.Classification;
using Router.Classification.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>The classifier exactly as the application registers it.</summary>
internal static class SensitivityClassifierFactory
{
    private static readonly Lazy<ServiceProvider> Provider =
        new(() => new ServiceCollection().AddSensitivityClassification().BuildServiceProvider());

    public static ISensitivityClassifier Create() => Provider.Value.GetRequiredService<ISensitivityClassifier>();

    public static TDetector Detector<TDetector>()
        where TDetector : ISensitivityDetector =>
        Provider.Value.GetServices<ISensitivityDetector>().OfType<TDetector>().Single();

    /// <summary>Runs one detector alone and returns the matched substrings with their spans in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(string Value, int Start, int End)> Find(ISensitivityDetector detector, string text, params string[] terms) =>
        Find(detector, text, SensitivityScope.WithTerms(terms));

    /// <summary>Runs one detector alone for a tenant's scope.</summary>
    public static IReadOnlyList<(string Value, int Start, int End)> Find(ISensitivityDetector detector, string text, SensitivityScope scope)
    {
        var found = new List<TextSpan>();
        var input = new ScanInput(text, scope);
        detector.Detect(input, found);
        // As the classifier does: a finding in a decoded or rejoined copy counts only where its original had none.
        var kept = found.Where(s => input.View.OriginOf(s) is not { } origin || !found.Any(o => input.View.OriginOf(o) is null && o.Overlaps(origin)));
        return [.. kept.Select(s => input.View.ToSource(s)).OfType<(int Source, int Start, int End)>().Select(s => (text[s.Start..s.End], s.Start, s.End))];
    }
}
