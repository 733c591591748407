namespace Router.Functions.Hosting;

/// <summary>
/// Where the handler listens. Under the Functions host: 127.0.0.1 on FUNCTIONS_CUSTOMHANDLER_PORT, which the host
/// sets for its custom handler. Otherwise an explicit --urls/ASPNETCORE_URLS, else http://127.0.0.1:7071 (the port
/// the Functions host itself uses locally, so clients work the same with and without it).
/// </summary>
internal static class ListenAddress
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string LocalDefault = "http://127.0.0.1:7071";

    public static void Configure(WebApplicationBuilder builder)
    {
        var url = Resolve(Environment.GetEnvironmentVariable(PortVariable), builder.Configuration["urls"]);
        if (url is not null)
        {
            builder.WebHost.UseUrls(url);
        }
    }

    /// <returns>The URL to listen on, or null to keep the one configured explicitly.</returns>
    public static string? Resolve(string? handlerPort, string? configuredUrls)
    {
        if (int.TryParse(handlerPort, out var port) && port is > 0 and < 65536)
        {
            return $"http://127.0.0.1:{port}";
        }

        return string.IsNullOrWhiteSpace(configuredUrls) ? LocalDefault : null;
    }
}
