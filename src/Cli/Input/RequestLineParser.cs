using System.Globalization;
using System.Text.Json;
using Router.Requests;

namespace Router.Cli.Input;

/// <summary>
/// Parses <c>{"id":..,"prompt":".."}</c> or <c>{"id":..,"messages":[{"role":..,"content":..}]}</c> (content as in
/// OpenAI requests: a string, null, or text parts; see <see cref="MessageContent"/>), with optional
/// <c>tenant</c>, <c>model</c>, <c>force_private</c>, <c>max_tokens</c>, <c>prompt_tokens</c>, <c>completion_tokens</c>.
/// Error texts never quote the line's content.
/// </summary>
internal static class RequestLineParser
{
    public static bool TryParse(string text, int lineNumber, string defaultTenant, out RequestLine? line, out BadLine? bad)
    {
        line = null;
        bad = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            bad = new BadLine(lineNumber, null, $"invalid JSON (byte {ex.BytePositionInLine ?? 0})");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                bad = new BadLine(lineNumber, null, "a line must be a JSON object");
                return false;
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            var error = Build(root, lineNumber, id, defaultTenant, out line);
            if (error is not null)
            {
                bad = new BadLine(lineNumber, id, error);
                return false;
            }

            return true;
        }
    }

    private static string? Build(JsonElement root, int lineNumber, JsonElement? id, string defaultTenant, out RequestLine? line)
    {
        line = null;
        var messages = new List<ChatMessage>();
        if (root.TryGetProperty("messages", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                return "\"messages\" must be an array";
            }

            foreach (var m in list.EnumerateArray())
            {
                if (m.ValueKind != JsonValueKind.Object || !m.TryGetProperty("content", out var content))
                {
                    return "each message needs a \"content\"";
                }

                if (!MessageContent.TryReadText(content, out var text, out var badPart))
                {
                    return badPart < 0
                        ? "a message's \"content\" must be a string or an array of text parts"
                        : "only text content parts ({\"type\":\"text\",\"text\":...}) can be classified";
                }

                messages.Add(new ChatMessage(String(m, "role") ?? "user", text));
            }
        }
        else if (String(root, "prompt") is { } prompt)
        {
            messages.Add(new ChatMessage("user", prompt));
        }

        if (messages.Count == 0)
        {
            return "needs a string \"prompt\" or a non-empty \"messages\" array";
        }

        var request = new ChatRequest
        {
            RequestId = id?.ToString() ?? lineNumber.ToString(CultureInfo.InvariantCulture),
            TenantId = String(root, "tenant") ?? defaultTenant,
            Model = String(root, "model") ?? ChatRequest.AutoModel,
            ForcePrivate = root.TryGetProperty("force_private", out var fp) && fp.ValueKind == JsonValueKind.True,
            Messages = messages,
            Parameters = new SamplingParameters { MaxTokens = Int(root, "max_tokens") },
        };
        line = new RequestLine(lineNumber, id, request, Int(root, "prompt_tokens"), Int(root, "completion_tokens"));
        return null;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= 0 ? i : null;
}
