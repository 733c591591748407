using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Cryptocurrency wallet addresses, a person's account for receiving funds (Moderate, as contact data: an address lets
/// anyone pay it and trace it, not spend from it): Bitcoin base58check addresses (version 0 or 5: "1…", "3…") and
/// bech32/bech32m ones ("bc1…", with their checksum) anywhere; an Ethereum-style "0x" + 40 hex address only after a
/// wallet word (wallet, my address, send to, deposit, pay to, 钱包, 收款地址) with no contract or token word nearer, since
/// contract addresses in code and documentation are public.
/// </summary>
internal sealed partial class CryptoAddressDetector : ISensitivityDetector
{
    private static readonly LabelSet WalletWords = new(
        ["wallet", "my address", "my eth", "my btc", "send to", "send it to", "deposit", "pay to", "payout", "receive", "钱包", "收款", "地址"]);

    private static readonly LabelSet PublicWords = new(["contract", "token", "router", "pool", "erc20", "erc-20", "erc721", "nft", "合约", "代币"]);

    public string Name => "crypto_address";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "wallet address checksum";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount < 2)
        {
            return;
        }
        foreach (var match in Address().EnumerateMatches(text))
        {
            var value = text.AsSpan(match.Index, match.Length);
            var valid = value[0] is '1' or '3'
                ? Base58Check.Valid(value, out var version) && version is 0 or 5
                : value.StartsWith("0x", StringComparison.Ordinal)
                    ? LabelContext.LabelledAs(text, match.Index, WalletWords, PublicWords)
                    : Bech32.Valid(value);
            if (valid)
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc|BC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}|0x[0-9a-fA-F]{40})(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}

/// <summary>BIP-173/350 checksum: the polymod over the expanded human-readable part and the data is 1 (bech32) or 0x2bc830a3 (bech32m).</summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    public static bool Valid(ReadOnlySpan<char> address)
    {
        var separator = address.LastIndexOf('1');
        if (separator < 1 || address.Length - separator < 7 || (address.ContainsAnyInRange('a', 'z') && address.ContainsAnyInRange('A', 'Z')))
        {
            return false;
        }
        uint chk = 1;
        var hrp = address[..separator];
        foreach (var c in hrp)
        {
            chk = Step(chk) ^ (uint)(char.ToLowerInvariant(c) >> 5);
        }
        chk = Step(chk);
        foreach (var c in hrp)
        {
            chk = Step(chk) ^ (uint)(char.ToLowerInvariant(c) & 31);
        }
        foreach (var c in address[(separator + 1)..])
        {
            var value = Charset.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }
            chk = Step(chk) ^ (uint)value;
        }
        return chk is 1 or 0x2bc830a3;
    }

    private static uint Step(uint chk)
    {
        var top = chk >> 25;
        chk = (chk & 0x1ffffff) << 5;
        ReadOnlySpan<uint> generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        for (var i = 0; i < 5; i++)
        {
            if (((top >> i) & 1) != 0)
            {
                chk ^= generator[i];
            }
        }
        return chk;
    }
}
