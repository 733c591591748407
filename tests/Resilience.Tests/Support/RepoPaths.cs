namespace Router.Resilience.Tests.Support;

/// <summary>Finds the repository root (the folder with Serverless.sln) and the tools scripts/services.sh installs.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Azurite from <c>.tools</c> of this checkout or, in a git worktree, of the main checkout.</summary>
    public static string Azurite()
    {
        foreach (var root in new[] { Root, MainCheckout() })
        {
            if (root is null)
            {
                continue;
            }

            var path = Path.Combine(root, ".tools", "node_modules", ".bin", "azurite");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"Azurite not found under {Root}/.tools; run scripts/services.sh install.");
    }

    public static string RedisServer()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException("redis-server is not on PATH; run scripts/services.sh install.");
    }

    /// <summary>The built function app next to its deps/runtimeconfig files, same configuration as the tests.</summary>
    public static string FunctionsDll()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var path = Path.Combine(Root, "src", "Functions", "bin", configuration, "net10.0", "Functions.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing; build src/Functions first.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.sln not found above the test binaries.");
    }

    // A worktree's .git is a file "gitdir: <main>/.git/worktrees/<name>".
    private static string? MainCheckout()
    {
        var gitFile = Path.Combine(Root, ".git");
        if (!File.Exists(gitFile))
        {
            return null;
        }

        var line = File.ReadAllText(gitFile).Trim();
        const string prefix = "gitdir:";
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var gitDir = new DirectoryInfo(line[prefix.Length..].Trim());
        return gitDir.Parent?.Parent?.Parent?.FullName;
    }
}
