using Microsoft.Extensions.Logging;

namespace Router.Classification.Sensitivity;

/// <summary>
/// Runs every registered detector once over the normalised view of all texts of a request (<see cref="ScanView"/>:
/// message contents, then stop sequences). Where spans overlap, the detector of higher level
/// (then earlier registration) wins, so a card number is not also reported as a phone. Any detector
/// failure or cancellation yields <see cref="SensitivityVerdict.FailClosed"/>.
/// </summary>
internal sealed class SensitivityClassifier : ISensitivityClassifier
{
    [ThreadStatic]
    private static List<TextSpan>? t_found;

    [ThreadStatic]
    private static List<TextSpan>? t_accepted;

    private readonly ISensitivityDetector[] _detectors;
    private readonly ILogger<SensitivityClassifier> _logger;

    public SensitivityClassifier(IEnumerable<ISensitivityDetector> detectors, ILogger<SensitivityClassifier> logger)
    {
        // OrderBy is stable: registration order breaks ties within a level.
        _detectors = [.. detectors.OrderByDescending(d => d.Level)];
        _logger = logger;
    }

    public SensitivityVerdict Classify(IReadOnlyList<string> texts, SensitivityScope scope, CancellationToken cancellationToken = default)
    {
        var entities = new List<DetectedEntity>();
        // Scratch lists are reused per thread: the only allocations per call are the results.
        var found = t_found ??= [];
        var accepted = t_accepted ??= [];
        var detector = "input";
        try
        {
            if (!HasText(texts))
            {
                return SensitivityVerdict.Clean;
            }
            // One normalised view of the whole request, so an identifier split across messages is still one number.
            var input = new ScanInput(texts, scope);
            accepted.Clear();
            foreach (var current in _detectors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                detector = current.Name;
                found.Clear();
                current.Detect(input, found);
                foreach (var span in found)
                {
                    // A rejoined or decoded copy counts only where its original yielded nothing: one identifier, one entity.
                    if (!OverlapsAny(accepted, span) && !(input.View.OriginOf(span) is { } origin && OverlapsAny(accepted, origin))
                        && input.View.ToSource(span) is var (source, start, end) && !OverlapsAny(entities, source, start, end))
                    {
                        accepted.Add(span);
                        entities.Add(new DetectedEntity(current.Name, start, end, source));
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SensitivityLog.Cancelled(_logger);
            return SensitivityVerdict.FailClosed("cancelled");
        }
        catch (Exception exception)
        {
            SensitivityLog.DetectorFailed(_logger, detector, exception.GetType().Name);
            return SensitivityVerdict.FailClosed($"detector {detector} failed");
        }
        return entities.Count == 0 ? SensitivityVerdict.Clean : Verdict(entities);
    }

    private static bool HasText(IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OverlapsAny(List<TextSpan> accepted, TextSpan span)
    {
        foreach (var other in accepted)
        {
            if (other.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OverlapsAny(List<DetectedEntity> entities, int source, int start, int end)
    {
        foreach (var other in entities)
        {
            if (other.MessageIndex == source && other.Start < end && start < other.End)
            {
                return true;
            }
        }
        return false;
    }

    private SensitivityVerdict Verdict(List<DetectedEntity> entities)
    {
        var level = SensitivityLevel.None;
        var reasons = new List<string>();
        foreach (var detector in _detectors)
        {
            var count = 0;
            foreach (var entity in entities)
            {
                if (entity.Type == detector.Name)
                {
                    count++;
                }
            }
            if (count > 0)
            {
                level = detector.Level > level ? detector.Level : level;
                reasons.Add($"{detector.Name} x{count} ({detector.Evidence})");
            }
        }
        entities.Sort(static (a, b) => a.MessageIndex != b.MessageIndex ? a.MessageIndex.CompareTo(b.MessageIndex) : a.Start.CompareTo(b.Start));
        return new SensitivityVerdict(level, entities, reasons);
    }
}
