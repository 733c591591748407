namespace Router.Functions.Http;

/// <summary>Thrown by the request readers for input the caller must fix; becomes a 400 naming the parameter.</summary>
internal sealed class InvalidRequestException(string message, string? param = null, string code = "invalid_value") : Exception(message)
{
    public string? Param { get; } = param;
    public string Code { get; } = code;

    public IResult ToResult() => OpenAiError.BadRequest(Message, Param, Code);
}
