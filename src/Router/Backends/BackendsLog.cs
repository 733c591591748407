using Microsoft.Extensions.Logging;
using Router.Routing;

namespace Router.Backends;

/// <summary>Backend log events. Names, routes and failure kinds only: never prompts, completions or keys.</summary>
internal static partial class BackendsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Deployment {Deployment} failed: {Failure}")]
    public static partial void DeploymentFailed(ILogger logger, string deployment, BackendFailure failure);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Usage missing from {Backend} response; estimated with the tokenizer")]
    public static partial void UsageEstimated(ILogger logger, string backend);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "GPU worker not ready ({Reason}); waiting {Delay}")]
    public static partial void WorkerWaiting(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Route {From} failed ({Failure}); falling back to {To}")]
    public static partial void FallingBack(ILogger logger, Route from, BackendFailure failure, Route to);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Refused to send a sensitive request to closed backend {Backend} on route {Route}")]
    public static partial void SensitiveToClosedRefused(ILogger logger, string backend, Route route);
}
