using Router.Requests;

namespace Router.Routing;

/// <summary>
/// What the private routes' worker can honour of a request's tools and response format. A request it cannot honour
/// must never reach it, where the part it cannot express would be silently ignored.
/// </summary>
public interface IPrivateStructuredOutput
{
    /// <summary>Null when the private routes can honour <paramref name="toolsAndFormat"/>; otherwise the parameter
    /// or JSON-Schema keyword they cannot (e.g. "response_format.json_schema.schema.patternProperties").</summary>
    string? Limitation(ToolsAndFormat toolsAndFormat);
}
