using Router.Requests;

namespace Router.Routing;

/// <summary>
/// A private worker that honours neither tools nor response formats: every tool or extraction request is closed-only
/// (or refused where closed is not allowed). The default until a backend that can (the GPU worker's
/// <c>WorkerStructuredOutput</c>) is registered.
/// </summary>
internal sealed class NoPrivateStructuredOutput : IPrivateStructuredOutput
{
    public string? Limitation(ToolsAndFormat toolsAndFormat) => toolsAndFormat switch
    {
        { HasTools: true, ToolChoice.Mode: not ToolChoiceMode.None } or { HasTools: true, ToolChoice: null } => "tools",
        { ResponseFormat.Kind: not ResponseFormatKind.Text } => "response_format",
        _ => null,
    };
}
