using System.Text;
using System.Text.Json;

namespace Router.Tests.Fakes;

/// <summary>Bodies in the OpenAI / Azure OpenAI chat completions wire format, built for fake servers.</summary>
public static class OpenAiWire
{
    public static string Completion(string content, string model = "gpt-4o", int? promptTokens = 11, int? completionTokens = 7, double? gpuSeconds = null,
        int? cachedTokens = null, int? reasoningTokens = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new[]
            {
                new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" },
            },
        };
        if (promptTokens is { } p && completionTokens is { } c)
        {
            body["usage"] = Usage(p, c, gpuSeconds, cachedTokens, reasoningTokens);
        }

        return JsonSerializer.Serialize(body);
    }

    /// <summary>An SSE stream: Azure's empty prompt-filter chunk, one chunk per delta, a finish chunk, and
    /// (when asked) the usage-only chunk that <c>stream_options.include_usage</c> produces, then [DONE].</summary>
    public static string Stream(IReadOnlyList<string> deltas, string model = "gpt-4o", int? promptTokens = 11, int? completionTokens = 7, double? gpuSeconds = null,
        int? cachedTokens = null, int? reasoningTokens = null)
    {
        var sb = new StringBuilder();
        void Event(object payload) => sb.Append("data: ").Append(JsonSerializer.Serialize(payload)).Append("\n\n");

        Event(new { id = "", @object = "", created = 0, model = "", choices = Array.Empty<object>(), prompt_filter_results = Array.Empty<object>() });
        foreach (var delta in deltas)
        {
            Event(Chunk(model, new { content = delta }, null));
        }

        Event(Chunk(model, new { }, "stop"));
        if (promptTokens is { } p && completionTokens is { } c)
        {
            Event(new { id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model, choices = Array.Empty<object>(), usage = Usage(p, c, gpuSeconds, cachedTokens, reasoningTokens) });
        }

        sb.Append("data: [DONE]\n\n");
        return sb.ToString();
    }

    /// <summary>An answer that calls tools: content null, <c>tool_calls</c>, finish reason "tool_calls".</summary>
    public static string ToolCallCompletion(IReadOnlyList<FakeToolCall> calls, string model = "gpt-4o", int promptTokens = 11, int completionTokens = 7) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content = (string?)null, tool_calls = calls.Select(c => new { id = c.Id, type = "function", function = new { name = c.Name, arguments = c.Arguments } }) },
                    finish_reason = "tool_calls",
                },
            },
            ["usage"] = Usage(promptTokens, completionTokens, null),
        });

    /// <summary>Tool calls streamed as OpenAI does: per call a first piece with index, id, type and name and empty
    /// arguments, then the arguments in <paramref name="fragments"/> pieces; then finish "tool_calls" and usage.</summary>
    public static string ToolCallStream(IReadOnlyList<FakeToolCall> calls, int fragments = 3, string model = "gpt-4o", int promptTokens = 11, int completionTokens = 7)
    {
        var sb = new StringBuilder();
        void Event(object payload) => sb.Append("data: ").Append(JsonSerializer.Serialize(payload)).Append("\n\n");

        Event(new { id = "", @object = "", created = 0, model = "", choices = Array.Empty<object>(), prompt_filter_results = Array.Empty<object>() });
        Event(Chunk(model, new { role = "assistant", content = (string?)null }, null));
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            Event(Chunk(model, new { tool_calls = new[] { new { index = i, id = call.Id, type = "function", function = new { name = call.Name, arguments = "" } } } }, null));
            var size = Math.Max(1, (call.Arguments.Length + fragments - 1) / fragments);
            for (var at = 0; at < call.Arguments.Length; at += size)
            {
                var piece = call.Arguments.Substring(at, Math.Min(size, call.Arguments.Length - at));
                Event(Chunk(model, new { tool_calls = new[] { new { index = i, function = new { arguments = piece } } } }, null));
            }
        }

        Event(Chunk(model, new { }, "tool_calls"));
        Event(new { id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model, choices = Array.Empty<object>(), usage = Usage(promptTokens, completionTokens, null) });
        sb.Append("data: [DONE]\n\n");
        return sb.ToString();
    }

    public static string Error(string code, string message) =>
        JsonSerializer.Serialize(new { error = new { code, message } });

    private static object Chunk(string model, object delta, string? finishReason) => new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model,
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    };

    private static Dictionary<string, object> Usage(int prompt, int completion, double? gpuSeconds, int? cachedTokens = null, int? reasoningTokens = null)
    {
        var usage = new Dictionary<string, object>
        {
            ["prompt_tokens"] = prompt,
            ["completion_tokens"] = completion,
            ["total_tokens"] = prompt + completion,
        };
        if (gpuSeconds is { } g)
        {
            usage["gpu_seconds"] = g;
        }

        if (cachedTokens is { } cached)
        {
            usage["prompt_tokens_details"] = new { cached_tokens = cached };
        }

        if (reasoningTokens is { } reasoning)
        {
            usage["completion_tokens_details"] = new { reasoning_tokens = reasoning };
        }

        return usage;
    }
}

/// <summary>A tool call a fake server answers with.</summary>
public sealed record FakeToolCall(string Id, string Name, string Arguments);
