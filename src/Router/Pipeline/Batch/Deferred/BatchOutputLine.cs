using System.Text;
using System.Text.Json;
using Router.Accounting;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// One line of a batch's output or error file: <c>{"custom_id", "response": {"status_code", "body"}, "error"}</c>.
/// A 200 carries the chat completion; anything else carries its reason in <see cref="Error"/>.
/// </summary>
public sealed record BatchOutputLine(string CustomId, int StatusCode, BatchCompletion? Completion, string? Error)
{
    public bool Succeeded => StatusCode == 200 && Completion is not null;

    /// <summary>The file's lines; a line that cannot be read is skipped (its request then counts as missing from the batch).</summary>
    public static IEnumerable<BatchOutputLine> ReadAll(BinaryData file)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(file.ToMemory().Span));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && TryRead(line) is { } parsed)
            {
                yield return parsed;
            }
        }
    }

    public static BatchOutputLine? TryRead(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("custom_id", out var id) || id.GetString() is not { Length: > 0 } customId)
            {
                return null;
            }

            var response = root.TryGetProperty("response", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
            var status = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("status_code", out var s) && s.TryGetInt32(out var code) ? code : 0;
            var body = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("body", out var b) ? b : default;
            if (status == 200 && body.ValueKind == JsonValueKind.Object)
            {
                return new BatchOutputLine(customId, status, BatchCompletion.From(body), null);
            }

            return new BatchOutputLine(customId, status, null, ErrorOf(root, body, status));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private static string ErrorOf(JsonElement root, JsonElement body, int status)
    {
        var error = root.TryGetProperty("error", out var top) && top.ValueKind == JsonValueKind.Object ? top
            : body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner
            : default;
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.ToString() : "";
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.GetString() : null;
        return $"batch request failed (status {status}{(code.Length > 0 ? $", {code}" : "")}){(message is null ? "" : $": {message}")}";
    }
}

/// <summary>What a batch's chat completion answered, and its usage.</summary>
public sealed record BatchCompletion(string Content, string FinishReason, string? Model, TokenUsage Usage)
{
    public static BatchCompletion From(JsonElement body)
    {
        var choice = body.GetProperty("choices")[0];
        var message = choice.GetProperty("message");
        var content = message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
        var finish = choice.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "stop";
        var usage = body.GetProperty("usage");
        var cached = usage.TryGetProperty("prompt_tokens_details", out var pd) && pd.ValueKind == JsonValueKind.Object
            && pd.TryGetProperty("cached_tokens", out var ct) && ct.TryGetInt32(out var cachedTokens) ? cachedTokens : 0;
        var reasoning = usage.TryGetProperty("completion_tokens_details", out var cd) && cd.ValueKind == JsonValueKind.Object
            && cd.TryGetProperty("reasoning_tokens", out var rt) && rt.TryGetInt32(out var reasoningTokens) ? reasoningTokens : 0;
        var model = body.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return new BatchCompletion(content, finish, model, new TokenUsage(usage.GetProperty("prompt_tokens").GetInt32(), usage.GetProperty("completion_tokens").GetInt32())
        {
            CachedPromptTokens = cached,
            ReasoningTokens = reasoning,
        });
    }
}
