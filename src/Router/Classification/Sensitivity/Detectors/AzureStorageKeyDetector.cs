using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Azure storage account keys: 88 chars of base64 (64 bytes) after <c>AccountKey=</c>, or after a storage, account,
/// access, primary or secondary key name and ':' or '=' ("storage key: …", <c>AZURE_STORAGE_KEY="…"</c>).
/// </summary>
internal sealed partial class AzureStorageKeyDetector : ISensitivityDetector
{
    private static readonly SearchValues<string> Prefix = SearchValues.Create(["AccountKey", "key"], StringComparison.OrdinalIgnoreCase);

    public string Name => "azure_storage_key";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "64-byte base64 key";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.Text.AsSpan().IndexOfAny(Prefix) < 0 || !input.Text.Contains("==", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            found.Add(new(match.Index, match.Index + match.Length));
        }
    }

    [GeneratedRegex(@"AccountKey\s*=\s*[A-Za-z0-9+/]{86}==|(?:storage|account|access|primary|secondary)[ _-]?(?:account[ _-]?)?key[""']?\s*[:=]\s*[""']?[A-Za-z0-9+/]{86}==", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
