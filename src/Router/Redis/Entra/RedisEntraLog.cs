using Microsoft.Extensions.Logging;

namespace Router.Redis.Entra;

// Only the user (an object id, not a secret) and expiry times are logged; never the token.
internal static partial class RedisEntraLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Redis: signing in with Entra ID as {User}; token expires {ExpiresOn:O}")]
    public static partial void SigningIn(this ILogger logger, string user, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Redis: re-authenticated {Connections} connection(s) with a fresh Entra token; next refresh in {Delay}")]
    public static partial void Reauthenticated(this ILogger logger, int connections, TimeSpan delay);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Redis: Entra token refresh failed ({Error}); retrying in {Delay}")]
    public static partial void RefreshFailed(this ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Redis: could not sign in with Entra ID ({Error}); Redis is treated as unavailable, next try in {Delay}")]
    public static partial void SignInFailed(this ILogger logger, string error, TimeSpan delay);
}
