using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Router.Backends.AzureOpenAi;

/// <summary>The one place where SDK, transport and Polly errors become a <see cref="BackendFailure"/>.</summary>
internal static class AzureErrorMapper
{
    private const string Backend = BackendNames.AzureOpenAi;

    public static BackendException Map(Exception exception, string deployment) => exception switch
    {
        BackendException mapped => mapped,
        ClientResultException e => FromStatus(e, deployment),
        TimeoutRejectedException e => new(Backend, BackendFailure.Timeout, $"{deployment}: attempt timed out.", inner: e),
        BrokenCircuitException e => new(Backend, BackendFailure.Unavailable, $"{deployment}: circuit open.", e.RetryAfter, e),
        OperationCanceledException e => new(Backend, BackendFailure.Timeout, $"{deployment}: network timeout.", inner: e),
        JsonException or FormatException or InvalidOperationException or KeyNotFoundException =>
            new(Backend, BackendFailure.Unavailable, $"{deployment}: malformed response ({exception.GetType().Name}).", inner: exception),
        HttpRequestException or IOException =>
            new(Backend, BackendFailure.Unavailable, $"{deployment}: connection failed.", inner: exception),
        _ => new(Backend, BackendFailure.Unavailable, $"{deployment}: unexpected {exception.GetType().Name}.", inner: exception),
    };

    private static BackendException FromStatus(ClientResultException e, string deployment)
    {
        var response = e.GetRawResponse();
        var message = $"{deployment}: HTTP {e.Status}.";
        return e.Status switch
        {
            429 => new(Backend, BackendFailure.Throttled, message, RetryAfter(response), e),
            400 when IsContentFilter(response) => new(Backend, BackendFailure.PolicyRefused, $"{deployment}: refused by the content filter.", inner: e),
            408 => new(Backend, BackendFailure.Timeout, message, inner: e),
            // 401/403/404 are a deployment's configuration problem: another deployment may still serve.
            0 or 401 or 403 or 404 or >= 500 => new(Backend, BackendFailure.Unavailable, message, RetryAfter(response), e),
            _ => new(Backend, BackendFailure.BadRequest, message, inner: e),
        };
    }

    /// <summary>Azure sends <c>retry-after-ms</c> (precise) and/or <c>Retry-After</c> (seconds or HTTP date).</summary>
    internal static TimeSpan? RetryAfter(PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (response.Headers.TryGetValue("Retry-After", out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return null;
    }

    private static bool IsContentFilter(PipelineResponse? response)
    {
        try
        {
            using var doc = JsonDocument.Parse(response?.Content ?? BinaryData.Empty);
            return doc.RootElement.TryGetProperty("error", out var error)
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                && code.GetString() is "content_filter" or "ResponsibleAIPolicyViolation";
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
