using System.Runtime.InteropServices;
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

    // Accepted spans, and the entities' (source, start, end), each sorted by start: both are pairwise disjoint and not
    // empty (a span is kept only when it overlaps none kept before), so one binary search answers "overlaps any".
    [ThreadStatic]
    private static List<TextSpan>? t_accepted;

    [ThreadStatic]
    private static List<(int Source, int Start, int End)>? t_kept;

    // Entities found per detector in this call, by the detector's index.
    [ThreadStatic]
    private static int[]? t_counts;

    private readonly ISensitivityDetector[] _detectors;
    private readonly ILogger<SensitivityClassifier> _logger;

    // Per detector, the indices of every detector with its name (itself, unless names repeat): a reason counts the entities
    // of that name, and counting per detector as they are kept avoids comparing every entity with every detector's name.
    private readonly int[][] _sameName;

    public SensitivityClassifier(IEnumerable<ISensitivityDetector> detectors, ILogger<SensitivityClassifier> logger)
    {
        // OrderBy is stable: registration order breaks ties within a level.
        _detectors = [.. detectors.OrderByDescending(d => d.Level)];
        _logger = logger;
        var names = _detectors.Select(d => d.Name).ToArray();
        _sameName = [.. names.Select(name => Enumerable.Range(0, names.Length).Where(j => names[j] == name).ToArray())];
    }

    public SensitivityVerdict Classify(IReadOnlyList<string> texts, SensitivityScope scope, CancellationToken cancellationToken = default)
    {
        var entities = new List<DetectedEntity>();
        // Scratch lists are reused per thread: the only allocations per call are the results.
        var found = t_found ??= [];
        var accepted = t_accepted ??= [];
        var kept = t_kept ??= [];
        var counts = t_counts is { } reused && reused.Length >= _detectors.Length ? reused : t_counts = new int[_detectors.Length];
        Array.Clear(counts, 0, _detectors.Length);
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
            kept.Clear();
            for (var d = 0; d < _detectors.Length; d++)
            {
                var current = _detectors[d];
                cancellationToken.ThrowIfCancellationRequested();
                detector = current.Name;
                found.Clear();
                current.Detect(input, found);
                foreach (var span in found)
                {
                    // A rejoined or decoded copy counts only where its original yielded nothing: one identifier, one entity.
                    if (!OverlapsAny(accepted, span) && !(input.View.OriginOf(span) is { } origin && OverlapsAny(accepted, origin))
                        && input.View.ToSource(span) is var (source, start, end) && !OverlapsAny(kept, source, start, end))
                    {
                        accepted.Insert(LastBefore(accepted, span.Start) + 1, span);
                        kept.Insert(LastBefore(kept, source, start) + 1, (source, start, end));
                        entities.Add(new DetectedEntity(current.Name, start, end, source));
                        counts[d]++;
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
        return entities.Count == 0 ? SensitivityVerdict.Clean : Verdict(entities, counts);
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
        // Disjoint and sorted, so ends rise with starts: the last span starting before span's end reaches furthest.
        var k = LastBefore(accepted, span.End);
        return k >= 0 && span.Start < accepted[k].End;
    }

    /// <summary>The index of the last span starting before <paramref name="position"/>, or -1.</summary>
    private static int LastBefore(List<TextSpan> sorted, int position)
    {
        var spans = CollectionsMarshal.AsSpan(sorted);
        var (lo, hi) = (0, spans.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static bool OverlapsAny(List<(int Source, int Start, int End)> kept, int source, int start, int end)
    {
        var k = LastBefore(kept, source, end);
        return k >= 0 && kept[k].Source == source && start < kept[k].End;
    }

    /// <summary>The index of the last entity before (<paramref name="source"/>, <paramref name="position"/>) by source then start, or -1.</summary>
    private static int LastBefore(List<(int Source, int Start, int End)> sorted, int source, int position)
    {
        var kept = CollectionsMarshal.AsSpan(sorted);
        var (lo, hi) = (0, kept.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (kept[mid].Source < source || (kept[mid].Source == source && kept[mid].Start < position))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private SensitivityVerdict Verdict(List<DetectedEntity> entities, int[] counts)
    {
        var level = SensitivityLevel.None;
        var reasons = new List<string>();
        for (var d = 0; d < _detectors.Length; d++)
        {
            var detector = _detectors[d];
            var count = 0;
            foreach (var same in _sameName[d])
            {
                count += counts[same];
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
