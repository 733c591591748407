using System.Globalization;
using GpuWorker.Hosting;

namespace GpuWorker.Api;

/// <summary>OpenAI-shaped error responses, built in one place.</summary>
internal static class OpenAiErrors
{
    public static IResult BadRequest(string message, string? param = null, string code = "invalid_request") =>
        Results.Json(new ErrorEnvelope(new ErrorBody(message, "invalid_request_error", param, code)), WireFormat.Json, statusCode: 400);

    public static IResult Unavailable(HttpContext http, WorkerOptions options, string message, string code)
    {
        http.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Json(new ErrorEnvelope(new ErrorBody(message, "server_error", null, code)), WireFormat.Json, statusCode: 503);
    }

    public static IResult ServerError(string message) =>
        Results.Json(new ErrorEnvelope(new ErrorBody(message, "server_error", null, "generation_failed")), WireFormat.Json, statusCode: 500);
}
