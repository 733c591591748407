using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>IPv4 with valid octets (not a labelled version number, not 0.0.0.0/loopback) and IPv6.</summary>
internal sealed partial class IpAddressDetector : ISensitivityDetector
{
    private static readonly string[] VersionLabels =
        ["version", "ver.", "release", "build", "firmware", "upgrade", "update", "patch", "package", "sdk", "版本", "固件", "升级"];

    public string Name => "ip_address";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "valid address";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount >= 4 && text.Contains('.'))
        {
            foreach (var match in V4().EnumerateMatches(text))
            {
                if (!IsReservedV4(text.AsSpan(match.Index, match.Length)) && !LabelContext.HasLabel(text, match.Index, VersionLabels))
                {
                    found.Add(new(match.Index, match.Index + match.Length));
                }
            }
        }
        if (text.AsSpan().Count(':') >= 2)
        {
            foreach (var match in V6().EnumerateMatches(text))
            {
                if (IsV6(text.AsSpan(match.Index, match.Length)))
                {
                    found.Add(new(match.Index, match.Index + match.Length));
                }
            }
        }
    }

    private static bool IsReservedV4(ReadOnlySpan<char> address) =>
        address.StartsWith("127.") || address.StartsWith("0.") || address.EndsWith(".0.0.0") || address.SequenceEqual("255.255.255.255");

    private static bool IsV6(ReadOnlySpan<char> candidate)
    {
        // Needs three non-empty groups, so "::1" and short C++ scopes such as "a::b" are not addresses.
        var groups = 0;
        foreach (var range in candidate.Split(':'))
        {
            if (range.End.Value > range.Start.Value)
            {
                groups++;
            }
        }
        return groups >= 3 && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private const string Octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

    [GeneratedRegex(@"(?<![0-9A-Za-z.])" + Octet + @"(?:\." + Octet + @"){3}(?![0-9A-Za-z]|\.[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex V4();

    [GeneratedRegex(@"(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])", RegexOptions.CultureInvariant)]
    private static partial Regex V6();
}
