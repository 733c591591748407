using Microsoft.Extensions.Logging.Abstractions;
using Router.Classification;
using Router.Classification.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// The classifier keeps a span only where it overlaps nothing kept before (binary searches over the kept spans): on random
/// overlapping findings of several detectors it keeps exactly what a plain comparison with every kept span keeps.
/// </summary>
public sealed class SensitivityClassifierOverlapTests
{
    [Fact]
    public void RandomOverlappingFindings_SameEntitiesAsComparingWithEveryKeptSpan()
    {
        // Letters only: the view is the text itself (nothing rejoined or decoded), so a span maps to itself.
        var text = new string('a', 400);
        var random = new Random(24);
        var kept = 0;
        for (var n = 0; n < 2_000; n++)
        {
            var detectors = Enumerable.Range(0, random.Next(1, 5))
                .Select(d => new SpanDetector($"d{d}", (SensitivityLevel)random.Next(1, 4), RandomSpans(random, text.Length)))
                .ToArray();
            var verdict = new SensitivityClassifier(detectors, NullLogger<SensitivityClassifier>.Instance).Classify([text], SensitivityScope.None);

            var expected = new List<DetectedEntity>();
            foreach (var detector in detectors.OrderByDescending(d => d.Level))
            {
                foreach (var span in detector.Spans)
                {
                    if (span.End > span.Start && !expected.Any(e => e.Start < span.End && span.Start < e.End))
                    {
                        expected.Add(new DetectedEntity(detector.Name, span.Start, span.End));
                    }
                }
            }
            kept += expected.Count;
            Assert.Equal(expected.OrderBy(e => e.Start), verdict.Entities);
        }
        Assert.True(kept > 10_000, $"only {kept} entities kept");
    }

    [Fact]
    public void RandomFindingsOfDetectorsSharingNames_ReasonsCountEveryEntityOfTheName()
    {
        // Reasons are counted per detector as entities are kept; a name two detectors share counts both detectors' entities.
        var text = new string('a', 400);
        var random = new Random(25);
        var shared = 0;
        for (var n = 0; n < 1_000; n++)
        {
            var detectors = Enumerable.Range(0, random.Next(1, 6))
                .Select(d => new SpanDetector($"d{random.Next(0, 3)}", (SensitivityLevel)random.Next(1, 4), RandomSpans(random, text.Length)))
                .ToArray();
            var verdict = new SensitivityClassifier(detectors, NullLogger<SensitivityClassifier>.Instance).Classify([text], SensitivityScope.None);

            var expected = new List<string>();
            var level = SensitivityLevel.None;
            foreach (var detector in detectors.OrderByDescending(d => d.Level))
            {
                var count = verdict.Entities.Count(e => e.Type == detector.Name);
                if (count > 0)
                {
                    level = detector.Level > level ? detector.Level : level;
                    expected.Add($"{detector.Name} x{count} (test)");
                }
            }
            shared += detectors.GroupBy(d => d.Name).Count(g => g.Count() > 1) > 0 && verdict.Entities.Count > 0 ? 1 : 0;
            Assert.Equal(expected, verdict.Reasons);
            Assert.Equal(level, verdict.Level);
        }
        Assert.True(shared > 300, $"only {shared} requests with a shared name");
    }

    private static List<TextSpan> RandomSpans(Random random, int length)
    {
        var spans = new List<TextSpan>();
        for (var k = random.Next(0, 25); k > 0; k--)
        {
            var start = random.Next(0, length);
            spans.Add(new TextSpan(start, Math.Min(length, start + random.Next(0, 30))));
        }
        return spans;
    }

    private sealed class SpanDetector(string name, SensitivityLevel level, List<TextSpan> spans) : ISensitivityDetector
    {
        public List<TextSpan> Spans => spans;

        public string Name => name;

        public SensitivityLevel Level => level;

        public string Evidence => "test";

        public void Detect(ScanInput input, List<TextSpan> found) => found.AddRange(spans);
    }
}
