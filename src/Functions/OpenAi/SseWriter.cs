using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Router.Functions.OpenAi;

/// <summary>Server-sent events as OpenAI frames them: <c>data: {json}\n\n</c> per chunk, then <c>data: [DONE]\n\n</c>.</summary>
internal static class SseWriter
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] FrameEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Done = "data: [DONE]\n\n"u8.ToArray();

    public static void Start(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    public static async Task WriteAsync<T>(HttpResponse response, T payload, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(DataPrefix, cancellationToken);
        await JsonSerializer.SerializeAsync(response.Body, payload, ChatCompletionWire.Json, cancellationToken);
        await response.Body.WriteAsync(FrameEnd, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>An error after headers were sent can only travel in-band, as OpenAI does: an error frame.</summary>
    public static async Task WriteErrorAsync(HttpResponse response, string message, string type, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(new { error = new { message, type, param = (string?)null, code = type } });
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {json}\n\n"), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    public static async Task WriteDoneAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Done, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
