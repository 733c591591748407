using System.Text.Json;
using Router.Requests;

namespace Router.Cli.Input;

/// <summary>One parsed input line: the request, its id as written, and token counts if the log has them.</summary>
internal sealed record RequestLine(int LineNumber, JsonElement? Id, ChatRequest Request, int? PromptTokens = null, int? CompletionTokens = null);

/// <summary>A line that could not be parsed; the id is kept when it could be read.</summary>
internal sealed record BadLine(int LineNumber, JsonElement? Id, string Error);
