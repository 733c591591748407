using System.Text.Json;
using System.Text.Json.Serialization;

namespace Router.Functions.CustomHandler;

/// <summary>
/// The Functions host's request to a custom handler for a non-HTTP trigger: POST /{FunctionName} with
/// <c>{"Data": {bindingName: value}, "Metadata": {name: value}}</c>. Values stay raw JSON: a Service Bus body
/// arrives as a string or an object, and metadata values are numbers, strings or objects.
/// </summary>
internal sealed record InvocationRequest
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [JsonPropertyName("Data")]
    public Dictionary<string, JsonElement> Data { get; init; } = [];

    [JsonPropertyName("Metadata")]
    public Dictionary<string, JsonElement> Metadata { get; init; } = [];

    public string? MetadataString(string name) =>
        Metadata.TryGetValue(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    /// <summary>Numbers may arrive as JSON numbers or as strings, depending on the extension version.</summary>
    public int? MetadataInt(string name) =>
        int.TryParse(MetadataString(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
}
