namespace Router.Functions.Dashboard.Tests.Support;

internal static class Screenshots
{
    /// <summary>Where a screenshot of this run goes (beside the test binaries).</summary>
    public static string File(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
