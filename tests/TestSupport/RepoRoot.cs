namespace Router.TestSupport;

/// <summary>The repository root: the first folder above the test binaries that holds Serverless.sln.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    /// <summary>A path below the root, e.g. <c>RepoRoot.Combine("docs", "configuration.md")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The built function app (src/Functions) beside its deps and runtimeconfig, in this build's configuration.</summary>
    public static string FunctionsDll()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var path = Combine("src", "Functions", "bin", configuration, "net10.0", "Functions.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build src/Functions first.", path);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"The repository root (Serverless.sln) was not found above {AppContext.BaseDirectory}.");
    }
}
