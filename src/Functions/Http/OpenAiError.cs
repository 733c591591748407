using System.Text.Json.Serialization;

namespace Router.Functions.Http;

/// <summary>The OpenAI error body, <c>{"error":{"message","type","param","code"}}</c>, which OpenAI SDKs surface as-is.</summary>
internal sealed record OpenAiError([property: JsonPropertyName("error")] OpenAiErrorBody Error)
{
    public static IResult Result(int status, string message, string type, string? param = null, string? code = null) =>
        Results.Json(new OpenAiError(new OpenAiErrorBody(message, type, param, code)), statusCode: status);

    public static IResult BadRequest(string message, string? param = null, string code = "invalid_value") =>
        Result(StatusCodes.Status400BadRequest, message, "invalid_request_error", param, code);

    public static IResult Unauthorized() => Result(
        StatusCodes.Status401Unauthorized,
        "Missing or unknown API key. Send it in the 'api-key' header or as 'Authorization: Bearer <key>'.",
        "authentication_error",
        code: "invalid_api_key");

    public static IResult Forbidden(string message) =>
        Result(StatusCodes.Status403Forbidden, message, "permission_error", code: "forbidden");

    public static IResult NotFound(string message, string? param = null, string code = "not_found") =>
        Result(StatusCodes.Status404NotFound, message, "invalid_request_error", param, code);
}

internal sealed record OpenAiErrorBody(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("param")] string? Param,
    [property: JsonPropertyName("code")] string? Code);
