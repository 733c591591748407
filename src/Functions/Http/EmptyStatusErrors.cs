using Microsoft.AspNetCore.Diagnostics;

namespace Router.Functions.Http;

/// <summary>
/// Answers that ASP.NET Core itself gives without a body (no route: 404; a route without that method: 405) get
/// the OpenAI error object too, so SDKs show a message instead of an empty error.
/// </summary>
internal static class EmptyStatusErrors
{
    public static Task WriteAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var request = $"{context.Request.Method} {context.Request.Path}";
        var error = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => OpenAiError.NotFound($"No such endpoint: {request}. The API is under /api/v1 (chat/completions, models) and /api (route, batch/{{id}}, costs, dashboard).", code: "unknown_url"),
            StatusCodes.Status405MethodNotAllowed => OpenAiError.Result(StatusCodes.Status405MethodNotAllowed, $"Method not allowed: {request}.", "invalid_request_error", code: "method_not_allowed"),
            var code => OpenAiError.Result(code, $"The request failed with status {code}: {request}.", code >= 500 ? "server_error" : "invalid_request_error"),
        };
        return error.ExecuteAsync(context);
    }
}
