namespace Router.Functions.Dashboard.Tests.Support;

internal static class Screenshots
{
    /// <summary>True when <c>ROUTER_UPDATE_DOCS=1</c>: the README's dashboard picture is rewritten from this run.</summary>
    public static bool UpdateDocs => Environment.GetEnvironmentVariable("ROUTER_UPDATE_DOCS") == "1";

    /// <summary>Where a screenshot of this run goes (beside the test binaries).</summary>
    public static string File(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
