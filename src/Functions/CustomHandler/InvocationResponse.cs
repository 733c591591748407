using System.Text.Json.Serialization;

namespace Router.Functions.CustomHandler;

/// <summary>
/// The custom handler's answer: <c>{"Outputs": {bindingName: value}, "Logs": [..], "ReturnValue": ..}</c>. Logs go to
/// the host's invocation log. A non-2xx status fails the invocation, so the host retries the trigger (Service Bus:
/// abandon, redelivery, dead-letter after maxDeliveryCount).
/// </summary>
internal sealed record InvocationResponse
{
    [JsonPropertyName("Outputs")]
    public Dictionary<string, object?> Outputs { get; init; } = [];

    [JsonPropertyName("Logs")]
    public List<string> Logs { get; init; } = [];

    [JsonPropertyName("ReturnValue")]
    public object? ReturnValue { get; init; }

    public IResult ToResult(int status = StatusCodes.Status200OK) => Results.Json(this, statusCode: status);
}
