using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Requests;

namespace Router.Classification;

/// <summary>
/// Runs sensitivity (every message, plus the tenant's confidential terms) and difficulty (the last user
/// message) within <see cref="RouterOptions.ClassificationTimeout"/>. Any exception or timeout fails closed:
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

    public async ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, IReadOnlyList<string> confidentialTerms, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.ClassificationTimeout;
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Off the caller's thread so a classifier stuck in a tight loop cannot outlive the timeout.
            var work = Task.Run(() => Classify(request, confidentialTerms, abandon.Token), abandon.Token);
            return await work.WaitAsync(timeout, timeProvider, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            LogFailClosed(logger, "timeout");
            return FailClosed($"classification took longer than {timeout.TotalMilliseconds:0} ms");
        }
        catch (Exception ex)
        {
            // The exception type only: a message could quote the content.
            LogFailClosed(logger, ex.GetType().Name);
            return FailClosed($"classification failed ({ex.GetType().Name})");
        }
        finally
        {
            await abandon.CancelAsync();
        }
    }

    private RequestClassification Classify(ChatRequest request, IReadOnlyList<string> confidentialTerms, CancellationToken cancellationToken)
    {
        var texts = request.Messages.Select(m => m.Content ?? "").ToArray();
        var verdict = sensitivity.Classify(texts, confidentialTerms, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var score = difficulty.Score(DifficultyText(request.Messages));
        if (double.IsNaN(score))
        {
            throw new InvalidOperationException("Difficulty scorer returned NaN.");
        }

        return new RequestClassification(verdict, Math.Clamp(score, 0.0, 1.0));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Classification failed closed ({Cause}); request treated as sensitive")]
    private static partial void LogFailClosed(ILogger logger, string cause);
}
