using System.Text.Json;
using Router.Functions.Http;
using Router.Requests;

namespace Router.Functions.OpenAi;

/// <summary>Translates an OpenAI chat-completions body into our request. Unknown fields are ignored, as OpenAI
/// SDKs send many; features the router cannot honour (tools, n &gt; 1) are refused rather than silently dropped.</summary>
internal static class ChatCompletionRequestReader
{
    private static readonly string[] Unsupported = ["tools", "functions", "tool_choice", "function_call"];

    public static ChatRequest Read(JsonElement body, string requestId, string tenantId)
    {
        foreach (var name in Unsupported)
        {
            if (JsonFields.Get(body, name) is not null)
            {
                throw new InvalidRequestException($"'{name}' is not supported by the router.", name, "unsupported_parameter");
            }
        }

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
            Stream = JsonFields.Bool(body, "stream") ?? false,
        };
    }
}
