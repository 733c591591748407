using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Owners named by a visit or a home verb (seventeenth pass, issue 15): a carer's or a caseworker's visit to the named person at
/// the address ("home-care schedule: visit Mr Ion … at Strada …"), and a Chinese name followed by a home verb and the address
/// (…僱主陳美玲住澳門氹仔…). The visiting or business words around them (a rota, an agency) are the writer's errand, not the
/// address's owner. And a famous person's former home: the person carried by a pronoun into the address's sentence (梅兰芳是哪年
/// 去世的？他在北京住过的…), or a former home the sentence asks to visit (…住过的…胡同19号现在还能参观吗).
/// </summary>
internal sealed partial class PersonAddressDetector
{
    private static readonly string[] VisitVerbs = ["visit", "visits", "visiting", "check on", "call on", "drop in on"];

    private static readonly string[] Titles = ["mr", "mrs", "ms", "miss", "mx", "dr"];

    // The verb right before the name (a title between) and nothing but "at" between the name and the address.
    private static bool VisitsNameAt(string text, TextSpan name, ReadOnlySpan<char> gap)
    {
        if (!gap.Trim().Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = text.AsSpan(0, name.Start).TrimEnd(' ');
        foreach (var title in Titles)
        {
            if (before.EndsWith(title, StringComparison.OrdinalIgnoreCase) || before.EndsWith(title + ".", StringComparison.OrdinalIgnoreCase))
            {
                var cut = before.EndsWith('.') ? title.Length + 1 : title.Length;
                if (before.Length == cut || before[before.Length - cut - 1] == ' ')
                {
                    before = before[..^cut].TrimEnd(' ');
                    break;
                }
            }
        }
        foreach (var verb in VisitVerbs)
        {
            if (before.EndsWith(verb, StringComparison.OrdinalIgnoreCase) && (before.Length == verb.Length || !char.IsLetter(before[before.Length - verb.Length - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] HanHomeVerbs = ["住", "住在", "家住", "现住", "居住在", "住喺", "住係"];

    // 陳美玲住澳門…: nothing but a home verb between a Chinese name and the address.
    private static bool HanLivesAt(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim(" \u3000");
        foreach (var verb in HanHomeVerbs)
        {
            if (trimmed.SequenceEqual(verb))
            {
                return true;
            }
        }
        return false;
    }

    // 他/她 opening a sentence (after spaces) refers back to the person of the sentence before.
    private static bool PronounOpens(string text, int sentenceStart)
    {
        var at = sentenceStart;
        while (at < text.Length && text[at] is ' ' or '\u3000')
        {
            at++;
        }
        return at < text.Length && text[at] is '他' or '她';
    }

    // The last 住, 在 or 的 inside a Han address before its first digit ends the clause the pattern took in; the address's start
    // where it has none.
    private static int LeadClauseEnd(string text, TextSpan address)
    {
        var span = text.AsSpan(address.Start, address.End - address.Start);
        var digit = span.IndexOfAnyInRange('0', '9');
        var lead = (digit < 0 ? span : span[..digit]).LastIndexOfAny("住在的");
        return lead < 0 ? address.Start : address.Start + lead;
    }

    // "僱主陳美玲住澳門氹仔…", "客户住在…": 住 or 住在 right before a Han address says someone lives there, whatever agency or company
    // writes about it; not 入住 (a hotel stay), 住院 (which has no address after it) nor a stay at the venue the address is
    // followed by (住在…120号的酒店).
    private static bool HanLivesRightBefore(string text, TextSpan address)
    {
        var at = address.Start;
        if (at > 0 && text[at - 1] == '在')
        {
            at--;
        }
        return at > 0 && text[at - 1] == '住' && HanText.IsHan(text[address.Start]) && (at < 2 || text[at - 2] is not ('入' or '留'))
            && !Venue.Any(text.AsSpan(address.End, Math.Min(8, text.Length - address.End)));
    }

    // "他在北京住过的丰富胡同19号现在还能参观吗": a former home (住过的, 故居, 旧居) that the sentence asks to visit or says is open is a
    // museum of someone famous, whoever jieba knows; not with the writer's own family in the sentence (我奶奶住过的…).
    private static readonly string[] FormerHome = ["住过的", "住過的", "故居", "旧居", "舊居", "生前住"];

    private static readonly string[] VisitedAsMuseum = ["参观", "參觀", "开放", "開放", "门票", "門票", "游览", "遊覽"];

    private static bool FormerHomeVisited(string text, TextSpan address)
    {
        var start = address.Start;
        while (start > 0 && text[start - 1] is not ('。' or '？' or '！' or '?' or '!' or '\n'))
        {
            start--;
        }
        var end = address.End;
        while (end < text.Length && text[end] is not ('。' or '？' or '！' or '?' or '!' or '\n'))
        {
            end++;
        }
        var sentence = text.AsSpan(start, end - start);
        return ContainsAny(sentence, FormerHome) && ContainsAny(sentence, VisitedAsMuseum) && sentence.IndexOf('我') < 0;
    }

    private static bool ContainsAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
