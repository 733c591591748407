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
        foreach (var sid in TwilioSid().EnumerateMatches(text))
        {
            var from = Math.Max(0, sid.Index - PairReach);
            var to = Math.Min(text.Length, sid.Index + sid.Length + PairReach);
            foreach (var token in Hex32().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var span = new TextSpan(from + token.Index, from + token.Index + token.Length);
                var value = text.AsSpan(span.Start, span.End - span.Start);
                if (span.Start != sid.Index + 2 && value.ContainsAnyInRange('a', 'f') && value.ContainsAnyInRange('0', '9')
                    && !found.Exists(f => f.Overlaps(span)))
                {
                    found.Add(span);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])AC[0-9a-f]{32}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex TwilioSid();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[0-9a-f]{32}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Hex32();
}
