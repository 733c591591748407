namespace Perf;

/// <summary>A path to the stub: a name, a URL and the headers that path needs ("name=url|header:value|...").</summary>
internal sealed record Target(string Name, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? GcFile)
{
    public static Target Parse(string spec, IReadOnlyDictionary<string, string> gcFiles)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var name = spec[..equals];
        var parts = spec[(equals + 1)..].Split('|');
        var headers = parts[1..]
            .Select(h => h.Split(':', 2))
            .Select(h => KeyValuePair.Create(h[0], h[1]))
            .ToList();
        return new Target(name, new Uri(parts[0]), headers, gcFiles.GetValueOrDefault(name));
    }
}
