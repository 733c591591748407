using Microsoft.Extensions.Logging;

namespace Router.Classification.Sensitivity;

/// <summary>Log messages of the sensitivity classifier: detector names and exception types only, never text.</summary>
internal static partial class SensitivityLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Sensitivity detector {Detector} failed with {ExceptionType}; failing closed")]
    public static partial void DetectorFailed(ILogger logger, string detector, string exceptionType);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Sensitivity classification cancelled; failing closed")]
    public static partial void Cancelled(ILogger logger);
}
