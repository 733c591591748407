namespace Router.Requests;

/// <summary>The completion windows a request may name. The Azure OpenAI Batch API offers one: 24 hours.</summary>
public static class CompletionWindows
{
    public const string Day = "24h";

    public const string Supported = "'24h'";

    public static bool IsSupported(string window) => string.Equals(window, Day, StringComparison.Ordinal);
}
