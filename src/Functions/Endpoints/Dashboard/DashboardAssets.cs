using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Router.Functions.Endpoints.Dashboard;

/// <summary>
/// The page's files, embedded at build time under "dashboard/{name}" (Functions.csproj; Chart.js comes from npm).
/// Read once; each carries its content type and a content-hash ETag so browsers revalidate cheaply.
/// </summary>
internal sealed class DashboardAssets
{
    public const string IndexName = "index.html";
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, DashboardAsset> _assets;

    public DashboardAssets()
        : this(typeof(DashboardAssets).Assembly)
    {
    }

    internal DashboardAssets(Assembly assembly)
    {
        _assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        if (!_assets.ContainsKey(IndexName) || !_assets.ContainsKey("chart.umd.min.js"))
        {
            throw new InvalidOperationException("The dashboard's embedded files are missing; build src/Functions with npm available.");
        }
    }

    public IReadOnlyCollection<string> Names => _assets.Keys;

    public DashboardAsset? Find(string name) => _assets.GetValueOrDefault(name);

    private static DashboardAsset Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var name = resource[Prefix.Length..];
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        return new DashboardAsset(name, type, bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
    }
}

internal sealed record DashboardAsset(string Name, string ContentType, byte[] Content, string ETag);
