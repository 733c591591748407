namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Record ids that read as a number dialled abroad (seventeenth pass).</summary>
internal sealed partial class PhoneDetector
{
    /// <summary>
    /// "Opportunity ID 00687512349", "Account 00158213349", "case 00512879034": CRM and ticketing systems number their records
    /// with leading zeros (Salesforce ids open with 00 and a three-digit object prefix), and "00" + 687 + six digits is also New
    /// Caledonia dialled from abroad. A 00 number written as one unbroken run with no phone word before it, or one that a record
    /// word names (only a connector between), is that record's id; a spaced "0044 20 7946 0958", or "call me on 00447911123456",
    /// is still a phone.
    /// </summary>
    private static bool RecordIdDialledAbroad(string text, int start, bool unbroken)
    {
        if (unbroken && !Support.LabelContext.LabelledAs(text, start, Support.LabelContext.PhoneLabels, Support.LabelContext.BusinessLabels))
        {
            return true;
        }
        var before = text.AsSpan(0, start).TrimEnd(" \t:#=").TrimEnd();
        if (before.EndsWith("no", StringComparison.OrdinalIgnoreCase) || before.EndsWith("number", StringComparison.OrdinalIgnoreCase))
        {
            var space = before.LastIndexOfAny(' ', '\t', '\n');
            before = space < 0 ? [] : before[..space].TrimEnd();
        }
        foreach (var word in RecordWords)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsAsciiLetterOrDigit(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] RecordWords =
        ["id", "opportunity", "account", "case", "lead", "record", "object", "customer", "member", "client", "policy", "claim", "contract"];
}
