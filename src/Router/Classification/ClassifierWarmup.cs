using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Router.Classification.Sensitivity.Detectors;
using Router.Requests;

namespace Router.Classification;

/// <summary>
/// Classifies a few representative texts once at startup. The first classification in a process JIT-compiles
/// every detector and loads the normalisation tables; inside a request that work counts against
/// <see cref="RouterOptions.ClassificationTimeout"/>, so on a cold (or busy) instance the first requests would
/// fail closed and be sent to a private route they did not need. libphonenumber's metadata (several MB of XML) is
/// loaded here too: the phone detector consults it only for some numbers, so the samples may not reach it.
/// </summary>
internal sealed partial class ClassifierWarmup(IRequestClassifier classifier, TimeProvider timeProvider, ILogger<ClassifierWarmup> logger) : IHostedService
{
    // Digits, letters, Han text, a label, an e-mail-like and a base64-like block: every detector's cue path runs.
    private static readonly string[] Samples =
    [
        "Please summarise this note for Jane Doe at 12 Main Street, card 4111 1111 1111 1111, mail jane@example.org.",
        "请帮我总结：客户张三，手机 13812345678，身份证 110105194912310021，地址北京市朝阳区。内部资料",
        "Explain the difference between TCP and UDP. aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQgdGV4dA== v1.2.3 2024-01-01",
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Only our own classifier has detectors to compile; a host that registered another one keeps it untouched.
        if (classifier is not RequestClassifier)
        {
            return;
        }

        var started = timeProvider.GetTimestamp();
        // Never throws: a failure here only means the first such request loads the metadata itself.
        var phoneMetadata = PhoneValidity.WarmUp();
        try
        {
            foreach (var sample in Samples)
            {
                var request = new ChatRequest
                {
                    RequestId = "warmup",
                    TenantId = "warmup",
                    Messages = [new ChatMessage("user", sample)],
                };
                await classifier.ClassifyAsync(request, [], cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A warm-up is an optimisation: whatever it hits, requests are still classified (and fail closed) as usual.
            LogWarmupFailed(logger, ex.GetType().Name);
            return;
        }

        LogWarmedUp(logger, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds, phoneMetadata);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Classifier warmed up in {ElapsedMs} ms (phone metadata loaded: {PhoneMetadata})")]
    private static partial void LogWarmedUp(ILogger logger, long elapsedMs, bool phoneMetadata);

    // The type only: an exception message could quote the sample text's values.
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Classifier warm-up failed ({ExceptionType}); the first requests may be slower")]
    private static partial void LogWarmupFailed(ILogger logger, string exceptionType);
}
