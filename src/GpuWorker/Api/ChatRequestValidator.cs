using System.Text;
using System.Text.Json;
using GpuWorker.Inference;
using GpuWorker.Structured;

namespace GpuWorker.Api;

/// <summary>A request that passed validation, ready for templating and queueing.</summary>
/// <param name="Input">The messages with their tool calls and tool-result ids, for tool prompt rendering.</param>
internal sealed record ValidatedChatRequest(IReadOnlyList<ChatTurn> Messages, int MaxTokens, SamplingSettings Sampling, bool Stream)
{
    public IReadOnlyList<InputTurn> Input { get; init; } = [];
    public StructuredRequest Structured { get; init; } = StructuredRequest.None;

    /// <summary>Tools, a JSON format or tool turns in the history: the prompt is rendered with the tool family.</summary>
    public bool UsesTools => Structured.Tools.Count > 0 || Structured.Format != AnswerFormat.Text
        || Input.Any(t => t.Role == "tool" || t.ToolCalls is { Count: > 0 });
}

/// <summary>Validates a chat request; returns the first problem as (message, param).</summary>
internal static class ChatRequestValidator
{
    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant", "tool"];

    public static (ValidatedChatRequest? Request, string? Error, string? Param) Validate(
        ChatCompletionRequest r, int defaultMaxTokens, Func<uint> seedSource)
    {
        if (r.Messages is null || r.Messages.Count == 0)
        {
            return Fail("messages must be a non-empty array.", "messages");
        }

        var turns = new List<ChatTurn>(r.Messages.Count);
        var input = new List<InputTurn>(r.Messages.Count);
        foreach (var m in r.Messages)
        {
            if (m.Role is null || !Roles.Contains(m.Role))
            {
                return Fail($"Unsupported role '{m.Role}'.", "messages.role");
            }

            var text = ContentText(m.Content);
            if (text is null)
            {
                return Fail("message content must be a string or an array of text parts.", "messages.content");
            }

            turns.Add(new ChatTurn(m.Role == "developer" ? "system" : m.Role, text));
            var calls = m.ToolCalls?.Select(c => new ParsedToolCall(c.Function?.Name ?? "", c.Function?.Arguments ?? "{}")).ToList();
            input.Add(new InputTurn(m.Role, text, calls, m.ToolCallId));
        }

        var (structured, structuredError, structuredParam) = StructuredRequestReader.Read(r);
        if (structured is null)
        {
            return Fail(structuredError!, structuredParam!);
        }

        var maxTokens = r.MaxCompletionTokens ?? r.MaxTokens ?? defaultMaxTokens;
        if (maxTokens < 1)
        {
            return Fail("max_tokens must be at least 1.", "max_tokens");
        }

        if (r.Temperature is < 0 or > 2)
        {
            return Fail("temperature must be between 0 and 2.", "temperature");
        }
        // OpenAI (and the router) accept top_p 0; llama.cpp's top-p keeps at least one token, so it means greedy.
        if (r.TopP is < 0 or > 1)
        {
            return Fail("top_p must be between 0 and 1.", "top_p");
        }

        if (r.N is not null and not 1)
        {
            return Fail("Only n = 1 is supported.", "n");
        }

        var stop = StopStrings(r.Stop);
        if (stop is null)
        {
            return Fail("stop must be a string or an array of up to 4 non-empty strings.", "stop");
        }

        var sampling = new SamplingSettings(
            r.Temperature ?? 1f, r.TopP ?? 1f, r.Seed is { } s ? SeedBits(s) : seedSource(), stop, r.IgnoreEos ?? false);
        return (new ValidatedChatRequest(turns, maxTokens, sampling, r.Stream ?? false) { Input = input, Structured = structured }, null, null);
    }

    /// <summary>Any integer is a valid OpenAI seed (the router passes negative ones on); llama.cpp takes 32 bits and
    /// reads 0xFFFFFFFF (LLAMA_DEFAULT_SEED) as "random", so that one value moves over to stay deterministic.</summary>
    private static uint SeedBits(long seed) => unchecked((uint)seed) is var bits && bits == uint.MaxValue ? uint.MaxValue - 1 : bits;

    private static (ValidatedChatRequest?, string?, string?) Fail(string message, string param) => (null, message, param);

    private static string? ContentText(JsonElement? content)
    {
        if (content is not { } c || c.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (c.ValueKind == JsonValueKind.String)
        {
            return c.GetString();
        }

        if (c.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var part in c.EnumerateArray())
        {
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            sb.Append(t.GetString());
        }

        return sb.ToString();
    }

    private static List<string>? StopStrings(JsonElement? stop)
    {
        if (stop is not { } s || s.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (s.ValueKind == JsonValueKind.String)
        {
            return string.IsNullOrEmpty(s.GetString()) ? null : [s.GetString()!];
        }

        if (s.ValueKind != JsonValueKind.Array || s.GetArrayLength() > 4)
        {
            return null;
        }

        var list = new List<string>();
        foreach (var e in s.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(e.GetString()))
            {
                return null;
            }

            list.Add(e.GetString()!);
        }

        return list;
    }
}
