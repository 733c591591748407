using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Router.Requests;

namespace Router.Pipeline;

/// <summary>
/// Exact-repeat cache key: the tenant in clear (so keys are never shared across tenants and can be purged per
/// tenant), then a SHA-256 over a canonical JSON of the model, every answer-changing parameter and the messages.
/// </summary>
public static class CompletionCacheKey
{
    private const string Version = "v1";

    // One per thread, reused: the key is computed on every request, and the canonical text is thrown away at once.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string For(ChatRequest request)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteCanonical(json, request);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        if (buffer.Capacity > 64 * 1024)
        {
            t_buffer = null; // a huge prompt must not pin its buffer to the thread
        }

        return $"router:{Version}:{Escape(request.TenantId)}:{Convert.ToHexStringLower(hash)}";
    }

    /// <summary>
    /// The same bytes <c>JsonSerializer</c> wrote for v1 keys (property order and names, nulls, default escaping),
    /// written directly so no reflection or per-call arrays are needed; a change here changes every key.
    /// </summary>
    private static void WriteCanonical(Utf8JsonWriter json, ChatRequest request)
    {
        var parameters = request.Parameters;
        json.WriteStartObject();
        json.WriteString("Model", request.Model);
        WriteNullable(json, "Temperature", parameters.Temperature);
        WriteNullable(json, "TopP", parameters.TopP);
        WriteNullable(json, "MaxTokens", parameters.MaxTokens);
        json.WriteStartArray("Stop");
        foreach (var stop in parameters.Stop)
        {
            json.WriteStringValue(stop);
        }

        json.WriteEndArray();
        WriteNullable(json, "Seed", parameters.Seed);
        json.WriteStartArray("Messages");
        foreach (var message in request.Messages)
        {
            json.WriteStartArray();
            json.WriteStringValue(message.Role);
            json.WriteStringValue(message.Content);
            // Written only when present, so a plain chat keeps the key it had before tools existed.
            if (message.ToolCalls.Count > 0 || message.ToolCallId is not null)
            {
                WriteToolCalls(json, message.ToolCalls);
                json.WriteStringValue(message.ToolCallId);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (!request.ToolsAndFormat.IsNone)
        {
            WriteToolsAndFormat(json, request.ToolsAndFormat);
        }

        json.WriteEndObject();
    }

    private static void WriteToolCalls(Utf8JsonWriter json, IReadOnlyList<ToolCall> calls)
    {
        json.WriteStartArray();
        foreach (var call in calls)
        {
            json.WriteStartArray();
            json.WriteStringValue(call.Id);
            json.WriteStringValue(call.Name);
            json.WriteStringValue(call.Arguments);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    /// <summary>Tools, choice and format change the answer; they are hashed as the caller sent them (schema text
    /// included, so a reordered but equal schema is a miss, never a wrong hit).</summary>
    private static void WriteToolsAndFormat(Utf8JsonWriter json, ToolsAndFormat shape)
    {
        json.WriteStartArray("Tools");
        foreach (var tool in shape.Tools)
        {
            json.WriteStartArray();
            json.WriteStringValue(tool.Name);
            json.WriteStringValue(tool.Description);
            json.WriteStringValue(tool.Parameters);
            WriteNullable(json, tool.Strict);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("ToolChoice");
        json.WriteStringValue(shape.ToolChoice?.Mode.ToString());
        json.WriteStringValue(shape.ToolChoice?.FunctionName);
        json.WriteEndArray();
        json.WritePropertyName("ParallelToolCalls");
        WriteNullable(json, shape.ParallelToolCalls);
        json.WriteStartArray("ResponseFormat");
        var format = shape.ResponseFormat;
        json.WriteStringValue(format?.Kind.ToString());
        json.WriteStringValue(format?.Name);
        json.WriteStringValue(format?.Schema);
        json.WriteStringValue(format?.Description);
        WriteNullable(json, format?.Strict);
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBooleanValue(v);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, float? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    // ':' separates the parts; a tenant id containing it must not collide with another tenant's prefix.
    private static string Escape(string tenantId) => tenantId.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);
}
