using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Router.Functions.Hosting;

namespace Router.Functions.Http;

/// <summary>Reads a JSON object body within the size limit: 413 when too large, 400 for invalid UTF-8 or an unpaired
/// surrogate in any string (<c>invalid_encoding</c>), malformed JSON or a non-object. Nothing downstream runs on a
/// rejected body.</summary>
internal sealed class JsonBodyReader(IOptions<HttpOptions> options)
{
    public async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        // Sized from Content-Length when there is one; the read chunk is pooled (this runs on every request).
        using var buffer = new MemoryStream(request.ContentLength is { } length and > 0 ? (int)length : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.IsEmpty)
        {
            return (null, OpenAiError.BadRequest("The request body is empty; a JSON object is required.", code: "invalid_json"));
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            return (null, OpenAiError.BadRequest("The request body is not valid UTF-8.", code: "invalid_encoding"));
        }

        try
        {
            var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (JsonStrings.FirstInvalid(document.RootElement) is not { } invalid)
                {
                    return (document, null);
                }

                document.Dispose();
                return (null, OpenAiError.BadRequest(JsonStrings.Message(invalid), JsonStrings.Param(invalid), "invalid_encoding"));
            }

            document.Dispose();
            return (null, OpenAiError.BadRequest("The request body must be a JSON object.", code: "invalid_json"));
        }
        catch (JsonException e)
        {
            // The parser's message names line and byte position only, never content.
            return (null, OpenAiError.BadRequest($"The request body is not valid JSON: {e.Message}", code: "invalid_json"));
        }
    }

    private static IResult TooLarge(int limit) => OpenAiError.Result(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body exceeds the limit of {limit} bytes.",
        "invalid_request_error",
        code: "request_too_large");
}
