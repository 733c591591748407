namespace Router.Requests;

public enum ResponseFormatKind
{
    Text,

    /// <summary>Any JSON object.</summary>
    JsonObject,

    /// <summary>JSON that matches <see cref="ResponseFormat.Schema"/>.</summary>
    JsonSchema,
}

/// <summary>OpenAI's <c>response_format</c>. For json_schema: the schema's name, the schema as JSON text, its
/// description and whether it must be followed exactly.</summary>
public sealed record ResponseFormat(ResponseFormatKind Kind, string? Name = null, string? Schema = null, string? Description = null, bool? Strict = null)
{
    public static readonly ResponseFormat Text = new(ResponseFormatKind.Text);
    public static readonly ResponseFormat JsonObject = new(ResponseFormatKind.JsonObject);

    public static ResponseFormat JsonSchema(string name, string schema, string? description = null, bool? strict = null) =>
        new(ResponseFormatKind.JsonSchema, name, schema, description, strict);
}
