using System.Text.Json;
using Router.Functions.Http;
using Router.Requests;

namespace Router.Functions.OpenAi;

/// <summary>Translates an OpenAI chat-completions body into our request. Unknown fields are ignored, as OpenAI
/// SDKs send many; features the router cannot honour (n &gt; 1, audio output, the legacy functions) are refused,
/// naming the parameter, rather than silently dropped.</summary>
internal static class ChatCompletionRequestReader
{
    public static ChatRequest Read(JsonElement body, string requestId, string tenantId)
    {
        RefuseAudio(body);

        if (JsonFields.Integer(body, "n", 1) is > 1)
        {
            throw new InvalidRequestException("'n' greater than 1 is not supported by the router.", "n", "unsupported_parameter");
        }

        var model = JsonFields.String(body, "model");
        var messages = JsonFields.Messages(body);
        var maxTokens = JsonFields.Integer(body, "max_completion_tokens", 1) ?? JsonFields.Integer(body, "max_tokens", 1);
        return new ChatRequest
        {
            RequestId = requestId,
            TenantId = tenantId,
            Model = string.IsNullOrEmpty(model) ? ChatRequest.AutoModel : model,
            Messages = messages,
            Parameters = new SamplingParameters
            {
                Temperature = JsonFields.Number(body, "temperature", 0, 2),
                TopP = JsonFields.Number(body, "top_p", 0, 1),
                MaxTokens = maxTokens,
                Stop = JsonFields.Stop(body, "stop"),
                Seed = JsonFields.Integer(body, "seed"),
            },
            ToolsAndFormat = ToolsAndFormatReader.Read(body),
            Stream = JsonFields.Bool(body, "stream") ?? false,
        };
    }

    private static void RefuseAudio(JsonElement body)
    {
        if (JsonFields.Get(body, "audio") is not null)
        {
            throw new InvalidRequestException("'audio' output is not supported by the router.", "audio", "unsupported_parameter");
        }

        if (JsonFields.Get(body, "modalities") is { ValueKind: JsonValueKind.Array } modalities
            && modalities.EnumerateArray().Any(m => m.ValueKind != JsonValueKind.String || !m.ValueEquals("text")))
        {
            throw new InvalidRequestException("'modalities' other than [\"text\"] are not supported by the router.", "modalities", "unsupported_parameter");
        }
    }
}
