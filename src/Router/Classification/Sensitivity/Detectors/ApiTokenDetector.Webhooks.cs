using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Incoming-webhook URLs that carry their secret (fourteenth pass).</summary>
internal sealed partial class ApiTokenDetector
{
    // The gate: as Contains("webhook", OrdinalIgnoreCase), which walked English text at 3-8 µs/KB; this vectorised search at 0.2.
    private static readonly SearchValues<string> WebhookWord = SearchValues.Create(["webhook"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A Discord webhook (discord.com/api/webhooks/&lt;id&gt;/&lt;token&gt;) or a Microsoft Teams connector
    /// (…webhook.office.com/webhookb2/&lt;guid&gt;@&lt;guid&gt;/IncomingWebhook/&lt;hex&gt;/&lt;guid&gt;, outlook.office.com/webhook/…):
    /// whoever holds the URL can post into the channel as the integration, so the URL is a credential, as Slack's
    /// hooks.slack.com/services/T…/B…/… already is. Only texts holding "webhook" are searched.
    /// </summary>
    private static void AddWebhooks(string text, List<TextSpan> found)
    {
        foreach (var match in Webhook().EnumerateMatches(text))
        {
            if (!IsPlaceholderWebhook(text.AsSpan(match.Index, match.Length)))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>
    /// A documentation webhook: "hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX" — a path part of one
    /// repeated character (zeros, X's) stands in for the secret; no workspace issues such ids.
    /// </summary>
    private static bool IsPlaceholderWebhook(ReadOnlySpan<char> url)
    {
        var path = url[(url.IndexOf('/') + 1)..];
        foreach (var range in path.Split('/'))
        {
            var part = path[range];
            // The id parts of Slack (T…, B…) after their letter, the token and the ids of Discord and Teams as they are.
            var body = part.Length > 1 && part[0] is 'T' or 'B' && char.IsAsciiDigit(part[1]) ? part[1..] : part;
            if (body.Length >= 6 && !body.ContainsAnyExcept(body[0]))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("""
        (?:
          (?:(?:ptb|canary)\.)?discord(?:app)?\.com/api(?:/v[0-9]{1,2})?/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,100}
        | (?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/[0-9A-Fa-f-]{36}@[0-9A-Fa-f-]{36}/IncomingWebhook/[0-9A-Fa-f]{32}/[0-9A-Fa-f-]{36}(?:/[A-Za-z0-9_-]{20,})?
        )(?![A-Za-z0-9_-])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Webhook();
}
