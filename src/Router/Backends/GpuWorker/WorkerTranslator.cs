using System.Globalization;
using System.Net.Http.Headers;
using Router.Accounting;

namespace Router.Backends.GpuWorker;

/// <summary>Our request ↔ the worker's OpenAI-compatible JSON. No transport.</summary>
internal static class WorkerTranslator
{
    public const string GpuSecondsHeader = "x-gpu-seconds";

    public static WorkerChatRequest ToWire(BackendRequest request, bool stream) => new()
    {
        Model = request.Model,
        Messages = request.Messages.Select(m => new WorkerMessage(m.Role, m.Content)).ToList(),
        Temperature = request.Parameters.Temperature,
        TopP = request.Parameters.TopP,
        MaxTokens = request.Parameters.MaxTokens,
        Stop = request.Parameters.Stop.Count == 0 ? null : request.Parameters.Stop,
        Seed = request.Parameters.Seed,
        Stream = stream,
        StreamOptions = stream ? new WorkerStreamOptions(IncludeUsage: true) : null,
    };

    public static TokenUsage? ToUsage(WorkerUsage? usage) =>
        usage is null ? null : new TokenUsage(usage.PromptTokens, usage.CompletionTokens);

    /// <summary>The header wins when both are present: it is measured around the whole call.</summary>
    public static TimeSpan? GpuTime(HttpResponseHeaders headers, WorkerUsage? usage)
    {
        if (headers.TryGetValues(GpuSecondsHeader, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        return usage?.GpuSeconds is { } fromBody and >= 0 ? TimeSpan.FromSeconds(fromBody) : null;
    }
}
