namespace Router.Resilience.Tests.Support;

/// <summary>The tools scripts/services.sh installs, and the built function app.</summary>
internal static class RepoPaths
{
    public static string Root => RepoRoot.Path;

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

    public static string FunctionsDll() => RepoRoot.FunctionsDll();

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
