namespace GpuWorker.Api;

/// <summary>Request log lines: counts and reasons only, never prompt or completion text.</summary>
internal static partial class EndpointLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Queue full ({QueueDepth} waiting); request refused with 503")]
    public static partial void QueueFull(ILogger logger, int queueDepth);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Completion {FinishReason}: {PromptTokens} prompt + {CompletionTokens} completion tokens, {GpuSeconds:F4} GPU s")]
    public static partial void Completed(ILogger logger, string finishReason, int promptTokens, int completionTokens, double gpuSeconds);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Completion failed: {Reason}")]
    public static partial void Failed(ILogger logger, Exception exception, string reason);
}
