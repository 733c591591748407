using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A secret told beside the account identifier it belongs to (eleventh pass).</summary>
internal sealed partial class ApiTokenDetector
{
    // A Twilio Account SID and its auth token hold 64 hex characters between them: fewer digits than this, no pair.
    private const int PairDigits = 12;

    // How far from the Account SID its auth token may stand ("SID: AC…\nToken: …", "Client(\"AC…\", \"…\")").
    private const int PairReach = 160;

    /// <summary>
    /// A Twilio auth token (32 lower-case hex) next to an Account SID (AC + 32 hex): the SID names the account and is no secret
    /// on its own, but with it a bare 32-hex string is that account's auth token, however it is labelled (or not: "AC… / …").
    /// The token must mix letters and digits (a hash's run of one kind is not read), and is the span.
    /// </summary>
    private static void AddTwilioAuthTokens(string text, List<TextSpan> found)
    {
        for (var at = text.IndexOf("AC", StringComparison.Ordinal); at >= 0; at = text.IndexOf("AC", at + 2, StringComparison.Ordinal))
        {
            if (!IsTwilioSid(text, at))
            {
                continue;
            }
            var from = Math.Max(0, at - PairReach);
            var to = Math.Min(text.Length, at + 34 + PairReach);
            foreach (var token in Hex32().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var span = new TextSpan(from + token.Index, from + token.Index + token.Length);
                var value = text.AsSpan(span.Start, span.End - span.Start);
                if (span.Start != at + 2 && value.ContainsAnyInRange('a', 'f') && value.ContainsAnyInRange('0', '9')
                    && !found.Exists(f => f.Overlaps(span)))
                {
                    found.Add(span);
                }
            }
        }
    }

    // AC and 32 lower-case hex digits, standing alone (no word character or '-' on either side).
    private static bool IsTwilioSid(string text, int at) =>
        at + 34 <= text.Length && (at == 0 || !IsTokenChar(text[at - 1])) && (at + 34 == text.Length || !IsTokenChar(text[at + 34]))
        && !text.AsSpan(at + 2, 32).ContainsAnyExcept(LowerHex);

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[0-9a-f]{32}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Hex32();
}
