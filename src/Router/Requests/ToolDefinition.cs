namespace Router.Requests;

/// <summary>A function the model may call. <see cref="Parameters"/> is its JSON Schema as JSON text (null when the
/// function takes none); <see cref="Strict"/> asks the model to follow the schema exactly.</summary>
public sealed record ToolDefinition(string Name, string? Description = null, string? Parameters = null, bool? Strict = null);
