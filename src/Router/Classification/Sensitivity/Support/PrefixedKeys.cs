using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Vendor keys disguised around their documented prefix (issue 15, eighth attack round), found by one vectorised search
/// for the prefixes, plain and rot13'd:
/// <list type="bullet">
/// <item>rot13 ("NXVN…" is AKIA…, "fx_yvir_…" sk_live_…, "tuc_…" ghp_…): a model undoes it on request, so a token that
/// starts with a prefix rot13'd and is long enough to be a key is added rot13'd back (digits stay);</item>
/// <item>cut by spaces, as OCR or a retyped screenshot leaves it ("AKIA X5EG 4K7V 7V4F R2PJ", "ghp_9AGACj HFWiuys…"): after a
/// prefix that starts a token too short for a key, the next space-parted groups that look like key material (capitals
/// and digits after AWS's prefixes; a digit or mixed case after the others) are appended, each growing join of 20
/// characters or more added;</item>
/// <item>written backwards ("…JP2RF4V7V7K4GE5XAIKA"): a token that ends with a prefix reversed is added reversed back.</item>
/// </list>
/// Each form follows a little of the text before it, for the key detectors to judge.
/// </summary>
internal static class PrefixedKeys
{
    private const int MinToken = 16;
    private const int MaxToken = 200;
    private const int ShortKey = 20;
    private const int MaxGroup = 12;
    private const int MaxGroups = 12;
    private const int Context = 24;

    private static readonly string[] Plain =
        ["AKIA", "ASIA", "ghp_", "gho_", "ghs_", "ghu_", "github_pat_", "sk-", "sk_live_", "rk_live_", "xox", "glpat-", "npm_", "hf_", "AIza"];

    // AKIA, ASIA, ghp_, gho_, ghu_, ghs_, ghr_, github_pat_, sk-, sk_live_, sk_test_, rk_live_, xoxb-, xoxp-, xoxa-, glpat-,
    // npm_, hf_, AIza, SG., gsk_ under rot13.
    private static readonly string[] Rotated =
        ["NXVN", "NFVN", "tuc_", "tub_", "thh_", "tuf_", "tue_", "tvguho_cng_", "fx-", "fx_yvir_", "fx_grfg_", "ex_yvir_", "kbko-", "kbkc-",
            "kbkn-", "tycng-", "acz_", "us_", "NVmn", "FT.", "tfx_"];

    // The same prefixes written backwards, found where a reversed token ends ("…JP2RF4V7V7K4GE5XAIKA").
    private static readonly string[] Reversed = [.. Plain.Where(p => p.Length >= 3 && p != "xox").Select(p => new string([.. p.Reverse()]))];

    /// <summary>Every prefix, plain, rot13'd and reversed.</summary>
    internal static readonly string[] AllPrefixes = [.. Plain, .. Rotated, .. Reversed];

    // Some 50 prefixes whose hits are rare: searched in groups of eight (see GroupedStringSearch).
    private static readonly GroupedStringSearch Prefixes = new(AllPrefixes, StringComparison.Ordinal);

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = Prefixes.IndexOfAny(text.AsSpan(i));
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            var end = start;
            while (end < text.Length && end - start < MaxToken && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '.'))
            {
                end++;
            }
            i = Math.Max(end, start + 1);
            if (EndsWithAny(text, end, Reversed) && TokenStart(text, end) is var tokenStart && end - tokenStart >= MinToken)
            {
                AddReversed(text, tokenStart, end, result);
            }
            if (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            if (StartsWithAny(text, start, Rotated) && end - start >= MinToken)
            {
                AddRot13(text, start, end, result);
            }
            if (StartsWithAny(text, start, Plain) && end - start < ShortKey && end < text.Length && text[end] == ' ')
            {
                i = Math.Max(i, JoinSpaced(text, start, end, result));
            }
        }
    }

    private static bool StartsWithAny(string text, int at, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.AsSpan(at).StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithAny(string text, int end, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.AsSpan(0, end).EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static int TokenStart(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxToken && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '.'))
        {
            start--;
        }
        return start;
    }

    private static void AddReversed(string text, int start, int end, List<SplitTokens.Joined> result)
    {
        var joined = WithContext(text, start);
        for (var k = end - 1; k >= start; k--)
        {
            joined.Add(text[k], k, k + 1);
        }
        result.Add(new SplitTokens.Joined(ContextStart(text, start), end, joined.Text, joined.Map));
    }

    private static void AddRot13(string text, int start, int end, List<SplitTokens.Joined> result)
    {
        var joined = WithContext(text, start);
        for (var k = start; k < end; k++)
        {
            joined.Add(Rot13(text[k]), k, k + 1);
        }
        result.Add(new SplitTokens.Joined(ContextStart(text, start), end, joined.Text, joined.Map));
    }

    /// <summary>Appends the space-parted groups after the prefix token [start, end); returns where reading stopped.</summary>
    private static int JoinSpaced(string text, int start, int end, List<SplitTokens.Joined> result)
    {
        var aws = text[start] is 'A' && text[start + 1] is 'K' or 'S';
        var joined = WithContext(text, start);
        joined.Copy(text, start, end - start);
        var length = end - start;
        var pos = end;
        for (var groups = 0; groups < MaxGroups && pos < text.Length && text[pos] == ' '; groups++)
        {
            var groupStart = pos + 1;
            var groupEnd = groupStart;
            while (groupEnd < text.Length && groupEnd - groupStart <= MaxGroup && (char.IsAsciiLetterOrDigit(text[groupEnd]) || text[groupEnd] is '_' or '-'))
            {
                groupEnd++;
            }
            var group = text.AsSpan(groupStart, groupEnd - groupStart);
            if (group.IsEmpty || group.Length > MaxGroup || (groupEnd < text.Length && !IsGroupEnd(text[groupEnd]))
                || (aws ? group.ContainsAnyExcept(AwsChars) : !KeyMaterial(group)))
            {
                break;
            }
            joined.Copy(text, groupStart, group.Length);
            length += group.Length;
            pos = groupEnd;
            if (length >= ShortKey)
            {
                result.Add(new SplitTokens.Joined(ContextStart(text, start), groupEnd, joined.Text, joined.Map));
            }
            if (aws && length >= ShortKey)
            {
                break;
            }
        }
        return pos;
    }

    private static readonly SearchValues<char> AwsChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static bool IsGroupEnd(char c) => c is ' ' or '\n' or '.' or ',' or ';' or ')' or '"' or '\'' or '`';

    private static bool KeyMaterial(ReadOnlySpan<char> group) =>
        group.ContainsAnyInRange('0', '9') || (group.ContainsAnyInRange('A', 'Z') && group.ContainsAnyInRange('a', 'z'));

    private static int ContextStart(string text, int start)
    {
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        return contextStart;
    }

    private static MappedText WithContext(string text, int start)
    {
        var contextStart = ContextStart(text, start);
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        return joined;
    }

    private static char Rot13(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 13) % 26)),
        >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 13) % 26)),
        _ => c,
    };
}
