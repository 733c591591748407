using System.Text.Json;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// The Batch API's input file: one line per request, <c>{"custom_id", "method": "POST", "url": "/chat/completions",
/// "body": {chat completion request with "model" = the batch deployment}}</c>. custom_id is our request id.
/// </summary>
public static class BatchJsonlWriter
{
    public const string ChatCompletionsUrl = "/chat/completions";

    public static async Task WriteAsync(Stream output, string deployment, IEnumerable<BatchItem> items, CancellationToken cancellationToken)
    {
        var newline = "\n"u8.ToArray();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var writer = new Utf8JsonWriter(output);
            await using (writer.ConfigureAwait(false))
            {
                WriteLine(writer, deployment, item);
            }

            await output.WriteAsync(newline, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteLine(Utf8JsonWriter w, string deployment, BatchItem item)
    {
        var request = DeferredRequest.Parse(item.Request);
        w.WriteStartObject();
        w.WriteString("custom_id", item.RequestId);
        w.WriteString("method", "POST");
        w.WriteString("url", ChatCompletionsUrl);
        w.WriteStartObject("body");
        w.WriteString("model", deployment);
        w.WriteStartArray("messages");
        foreach (var m in request.Messages)
        {
            w.WriteStartObject();
            w.WriteString("role", m.Role);
            w.WriteString("content", m.Content);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var p = request.Parameters;
        if (p.Temperature is { } t)
        {
            w.WriteNumber("temperature", t);
        }

        if (p.TopP is { } topP)
        {
            w.WriteNumber("top_p", topP);
        }

        if (p.MaxTokens is { } max)
        {
            w.WriteNumber("max_tokens", max);
        }

        if (p.Seed is { } seed)
        {
            w.WriteNumber("seed", seed);
        }

        if (p.Stop.Count > 0)
        {
            w.WriteStartArray("stop");
            foreach (var s in p.Stop)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
