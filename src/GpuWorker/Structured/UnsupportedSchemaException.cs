namespace GpuWorker.Structured;

/// <summary>A schema keyword the grammar converter cannot express; <see cref="Keyword"/> is its path, e.g.
/// <c>properties.email.pattern</c>. Never ignored: the request goes elsewhere or is refused naming it.</summary>
internal sealed class UnsupportedSchemaException(string keyword, string why)
    : Exception($"The JSON Schema keyword '{keyword}' cannot be enforced by the private model's grammar ({why}).")
{
    public string Keyword { get; } = keyword;
}
