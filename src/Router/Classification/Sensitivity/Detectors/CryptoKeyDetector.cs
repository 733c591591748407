using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Cryptocurrency wallet secrets, which spend the wallet's funds: a WIF private key (base58check, version 0x80/0xEF,
/// "5…", "K…", "L…"), an extended private key ("xprv…", "tprv…", base58check), 64 hex digits after a private-key label
/// ("private key", "priv key", 私钥), and a recovery (seed) phrase of 12, 15, 18, 21 or 24 lower-case words after its label
/// (seed phrase, recovery phrase, mnemonic, 助记词). Checked forms need no label.
/// </summary>
internal sealed partial class CryptoKeyDetector : ISensitivityDetector
{
    // Kept apart because one case-insensitive set mixing ASCII and Han cues takes .NET's slow per-character search over
    // every text; Han has no case, so the ordinal Han words match exactly what the mixed set did. They are found from
    // their first characters (OrdinalStarts): an ordinal multi-string SearchValues of Han words still walks an
    // Aho-Corasick automaton over every character (s18-speed6 measured it at ~2.5 % of en-1KB).
    private static readonly SearchValues<string> LatinPhraseCues = SearchValues.Create(
        ["phrase", "mnemonic", "seed", "private key", "privkey", "priv key"], StringComparison.OrdinalIgnoreCase);

    private static readonly OrdinalStarts HanPhraseCues = new(["助记", "助記", "私钥", "私鑰", "秘密鍵"]);

    private static readonly HashSet<string> ProseWords = new(StringComparer.Ordinal)
    {
        "the", "and", "you", "your", "that", "this", "with", "from", "have", "will", "are", "for", "not", "but", "words", "phrase",
        "seed", "what", "how", "why", "when", "should", "would", "could", "which", "there", "their", "they", "them", "its", "into",
        "wallet", "recovery", "mnemonic", "backup", "never", "anyone", "share", "store", "write", "keep", "safe", "list",
    };

    public string Name => "crypto_key";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "wallet key checksum or label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount >= 1)
        {
            foreach (var match in Base58Key().EnumerateMatches(text))
            {
                if (Base58Check.Valid(text.AsSpan(match.Index, match.Length), out var version)
                    && (version is 0x80 or 0xEF || text[match.Index + 1] == 'p'))
                {
                    found.Add(new(match.Index, match.Index + match.Length));
                }
            }
        }
        if (text.AsSpan().IndexOfAny(LatinPhraseCues) < 0 && HanPhraseCues.IndexIn(text) < 0)
        {
            return;
        }
        foreach (var match in HexKey().EnumerateMatches(text))
        {
            found.Add(new(match.Index + match.Length - 64, match.Index + match.Length));
        }
        for (var match = SeedPhrase().Match(text); match.Success; match = match.NextMatch())
        {
            var words = match.Groups["words"];
            var list = words.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (list.Length is 12 or 15 or 18 or 21 or 24 && !list.Any(ProseWords.Contains))
            {
                found.Add(new(words.Index, words.Index + words.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[5KL9c][1-9A-HJ-NP-Za-km-z]{50,51}|[xt]prv[1-9A-HJ-NP-Za-km-z]{107,108})(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Base58Key();

    [GeneratedRegex(@"(?i:private[\s_-]?key|priv[\s_-]?key|secret[\s_-]?key|私钥|私鑰|秘密鍵)[^0-9A-Za-z\n]{0,12}(?i:is\s+)?(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex HexKey();

    /// <summary>A phrase label, a short connector, then 12–24 lower-case words of 3–8 letters (the BIP-39 lists' lengths).</summary>
    [GeneratedRegex(@"(?i:seed\s*phrase|seed\s*words|recovery\s*phrase|secret\s*(?:recovery\s*)?phrase|backup\s*phrase|mnemonic(?:\s*phrase)?|wallet\s*seed|助记词|助記詞)[^A-Za-z\n]{0,6}(?:(?:is|was|are)\b[^A-Za-z\n]{0,4})?(?<words>(?:[a-z]{3,8}(?:,\s*|\s+)){11,23}[a-z]{3,8})(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SeedPhrase();
}

/// <summary>Base58check decoding (Bitcoin alphabet): the last four bytes are the first four of SHA-256(SHA-256(payload)).</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static bool Valid(ReadOnlySpan<char> text, out int version)
    {
        version = -1;
        Span<byte> bytes = stackalloc byte[96];
        var length = 0;
        foreach (var c in text)
        {
            var carry = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (carry < 0)
            {
                return false;
            }
            for (var i = 0; i < length; i++)
            {
                carry += bytes[i] * 58;
                bytes[i] = (byte)carry;
                carry >>= 8;
            }
            while (carry > 0)
            {
                if (length == bytes.Length)
                {
                    return false;
                }
                bytes[length++] = (byte)carry;
                carry >>= 8;
            }
        }
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }
        var total = zeros + length;
        if (total < 5 || total > bytes.Length)
        {
            return false;
        }
        Span<byte> decoded = stackalloc byte[total];
        decoded[..zeros].Clear();
        for (var i = 0; i < length; i++)
        {
            decoded[total - 1 - i] = bytes[i];
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(decoded[..^4], hash);
        SHA256.HashData(hash, hash);
        if (!hash[..4].SequenceEqual(decoded[^4..]))
        {
            return false;
        }
        version = decoded[0];
        return true;
    }
}
