using Router.Backends;
using Router.Pipeline;

namespace Router.Functions.Http;

/// <summary>Maps each pipeline failure to one status code and an OpenAI-style error, in one place.</summary>
internal static class PipelineErrors
{
    public static IResult ToResult(PipelineException e, HttpResponse response)
    {
        if (e.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return e.Failure switch
        {
            PipelineFailure.BudgetExhausted => OpenAiError.Result(StatusCodes.Status429TooManyRequests, e.Message, "insufficient_quota", code: "budget_exhausted"),
            PipelineFailure.UnsupportedParameter => OpenAiError.BadRequest(e.Message, e.Parameter, "unsupported_parameter"),
            PipelineFailure.PolicyRefused => OpenAiError.Result(StatusCodes.Status403Forbidden, $"The routing policy refused the request: {e.Message}", "policy_refused", code: "policy_refused"),
            _ => e.BackendFailure switch
            {
                BackendFailure.Throttled => OpenAiError.Result(StatusCodes.Status429TooManyRequests, e.Message, "rate_limit_error", code: "backend_throttled"),
                BackendFailure.Timeout => OpenAiError.Result(StatusCodes.Status504GatewayTimeout, e.Message, "server_error", code: "backend_timeout"),
                BackendFailure.BadRequest => OpenAiError.Result(StatusCodes.Status400BadRequest, e.Message, "invalid_request_error", code: "backend_bad_request"),
                BackendFailure.PolicyRefused => OpenAiError.Result(StatusCodes.Status403Forbidden, e.Message, "policy_refused", code: "backend_refused"),
                _ => OpenAiError.Result(StatusCodes.Status503ServiceUnavailable, e.Message, "server_error", code: "backend_unavailable"),
            },
        };
    }
}
