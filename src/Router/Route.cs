namespace Router;

/// <summary>Where a request may go. Only <see cref="Closed"/> leaves our own infrastructure.</summary>
public enum Route
{
    /// <summary>The cheap open-weight model on our GPU worker.</summary>
    PrivateSmall,
    /// <summary>A larger open-weight model on our GPU worker, for hard work that must stay private.</summary>
    PrivateLarge,
    /// <summary>A closed vendor model (Azure OpenAI).</summary>
    Closed,
}

public static class RouteExtensions
{
    public static bool IsPrivate(this Route route) => route != Route.Closed;

    /// <summary>Wire name used in headers, the ledger and the CLI.</summary>
    public static string ToWireName(this Route route) => route switch
    {
        Route.PrivateSmall => "private-small",
        Route.PrivateLarge => "private-large",
        Route.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };
}
