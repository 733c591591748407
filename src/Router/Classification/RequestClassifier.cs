using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Classification.Difficulty;
using Router.Requests;

namespace Router.Classification;

/// <summary>
/// Runs sensitivity (every message, for the tenant in the scope: its terms, markers and exact-data-match set) and difficulty (the last user
/// message, raised for what a tool or extraction request adds: <see cref="ToolDifficulty"/>) within <see cref="RouterOptions.ClassificationTimeout"/>. Any exception or timeout fails closed:
/// the request is sensitive and its difficulty is 1.0, so the policy sends it to the strongest private route.
/// </summary>
internal sealed partial class RequestClassifier(
    ISensitivityClassifier sensitivity,
    IDifficultyScorer difficulty,
    IOptions<RouterOptions> options,
    TimeProvider timeProvider,
    ILogger<RequestClassifier> logger) : IRequestClassifier
{
    /// <summary>Difficulty reported when classification fails: hardest, so sensitive work goes to private-large.</summary>
    internal const double FailClosedDifficulty = 1.0;

    /// <summary>
    /// Requests up to this many characters are classified on the caller's thread: the detectors are linear scans and
    /// bounded regexes (≈ 20 µs per KB, docs/benchmarks.md), so a thread hop would cost more than the work. Larger
    /// ones go to the thread pool, where a classifier stuck on pathological input can be abandoned at the timeout.
    /// </summary>
    internal const int InlineLimitChars = 16 * 1024;

    public ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return TotalChars(request) <= InlineLimitChars
            ? ValueTask.FromResult(ClassifyInline(request, scope, cancellationToken))
            : ClassifyOffThreadAsync(request, scope, cancellationToken);
    }

    private RequestClassification ClassifyInline(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken)
    {
        var timeout = options.Value.ClassificationTimeout;
        var started = timeProvider.GetTimestamp();
        try
        {
            var result = Classify(request, scope, cancellationToken);
            // Same contract as off the thread: an answer that came too late counts as a timeout.
            return timeProvider.GetElapsedTime(started) > timeout ? TimedOut(timeout) : result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Failed(ex);
        }
    }

    private async ValueTask<RequestClassification> ClassifyOffThreadAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken)
    {
        var timeout = options.Value.ClassificationTimeout;
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var work = Task.Run(() => Classify(request, scope, abandon.Token), abandon.Token);
            return await work.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            return TimedOut(timeout);
        }
        catch (Exception ex)
        {
            return Failed(ex);
        }
        finally
        {
            await abandon.CancelAsync().ConfigureAwait(false);
        }
    }

    private static int TotalChars(ChatRequest request)
    {
        var total = 0;
        foreach (var text in SentTexts(request))
        {
            total += text.Length;
        }

        return total;
    }

    /// <summary>
    /// Every free text a backend receives: the message contents (entity MessageIndex i), then the stop sequences
    /// (MessageIndex Messages.Count + j), then the tool texts (<see cref="ToolTexts"/>: calls and results in the
    /// history, their ids, tool definitions, response schema), then, for a request that may go through the Batch API,
    /// its id (the batch file's custom_id). Roles are a closed set, the model a catalogue name; fields the readers do
    /// not keep (user, metadata, logit_bias, a message's name…) are never forwarded.
    /// </summary>
    internal static string[] SentTexts(ChatRequest request)
    {
        var stops = request.Parameters.Stop;
        var tools = ToolTexts.Of(request);
        var batchId = request.CompletionWindow is null ? 0 : 1;
        var texts = new string[request.Messages.Count + stops.Count + tools.Count + batchId];
        for (var i = 0; i < request.Messages.Count; i++)
        {
            texts[i] = request.Messages[i].Content ?? "";
        }

        for (var j = 0; j < stops.Count; j++)
        {
            texts[request.Messages.Count + j] = stops[j] ?? "";
        }

        for (var k = 0; k < tools.Count; k++)
        {
            texts[request.Messages.Count + stops.Count + k] = tools[k];
        }

        if (batchId > 0)
        {
            texts[^1] = request.RequestId;
        }

        return texts;
    }

    private RequestClassification TimedOut(TimeSpan timeout)
    {
        LogFailClosed(logger, "timeout");
        return FailClosed($"classification took longer than {timeout.TotalMilliseconds:0} ms");
    }

    private RequestClassification Failed(Exception ex)
    {
        // The exception type only: a message could quote the content.
        LogFailClosed(logger, ex.GetType().Name);
        return FailClosed($"classification failed ({ex.GetType().Name})");
    }

    private RequestClassification Classify(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken)
    {
        var texts = SentTexts(request);
        var verdict = sensitivity.Classify(texts, scope, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var score = difficulty.Score(DifficultyText(request.Messages));
        if (double.IsNaN(score))
        {
            throw new InvalidOperationException("Difficulty scorer returned NaN.");
        }

        var text = Math.Clamp(score, 0.0, 1.0);
        var (raised, factors) = ToolDifficulty.Adjust(text, ToolRequestShape.Of(request), options.Value.ToolDifficulty);
        return factors.Count == 0
            ? new RequestClassification(verdict, text)
            : new RequestClassification(verdict, raised) { TextDifficulty = text, DifficultyFactors = factors };
    }

    /// <summary>The last user message is the task; without one, all message contents.</summary>
    internal static string DifficultyText(IReadOnlyList<ChatMessage> messages)
    {
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (string.Equals(messages[i].Role, "user", StringComparison.OrdinalIgnoreCase))
            {
                return messages[i].Content ?? "";
            }
        }

        return string.Join("\n", messages.Select(m => m.Content));
    }

    private static RequestClassification FailClosed(string reason) =>
        new(SensitivityVerdict.FailClosed(reason), FailClosedDifficulty);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Classification failed closed ({Cause}); request treated as sensitive")]
    private static partial void LogFailClosed(ILogger logger, string cause);
}
