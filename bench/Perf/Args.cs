namespace Perf;

/// <summary>"--name value" pairs; a name may repeat (--target).</summary>
internal sealed class Args
{
    private readonly List<(string Name, string Value)> _pairs = [];

    public static Args Parse(string[] args)
    {
        var parsed = new Args();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"expected --option, got '{args[i]}'");
            }

            parsed._pairs.Add((args[i][2..], args[i + 1]));
        }

        return parsed;
    }

    public IReadOnlyList<string> All(string name) => _pairs.Where(p => p.Name == name).Select(p => p.Value).ToList();

    public string Get(string name, string? fallback = null) =>
        _pairs.LastOrDefault(p => p.Name == name).Value ?? fallback ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
}
