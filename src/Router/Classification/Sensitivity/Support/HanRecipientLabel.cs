namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A Chinese parcel or letter label after an address: the rest of the flat number, optionally the recipient's name and a
/// title, then 收 / 收件 / 收启 / 亲启 (…2单元502 王某某 收, …1608收). Such a line is addressed to someone, so the address counts
/// as a delivery address even with no other home or delivery word and no name the detector can read.
/// </summary>
internal static class HanRecipientLabel
{
    // What may stand between the matched address and the name: the room number the pattern left out, 之3, a dash, spaces and
    // a comma (…2单元502，王某 收).
    private const string FlatTail = "0123456789-之室号楼层户 \t，,";

    private static readonly string[] Titles = ["先生", "女士", "小姐", "老师", "同志", "阿姨", "师傅"];

    /// <summary>Whether a recipient label (optional name and title, then 收 or 亲启) follows <paramref name="address"/>.</summary>
    public static bool Follows(string text, PersonScan person, TextSpan address)
    {
        var at = address.End;
        var limit = Math.Min(text.Length, at + 12);
        while (at < limit && FlatTail.Contains(text[at]))
        {
            at++;
        }
        // A name the scan read (聂文静), else one to four Han characters before a title (王先生, 欧阳女士) or glued to 收
        // (葛晓岚收: the scan reads no name that runs on into a word).
        var named = false;
        foreach (var name in person.NamesBetween(at, at + 12))
        {
            if (name.Start >= at && name.Start - at <= 1 && text.AsSpan(at, name.Start - at).Trim(" \t").IsEmpty)
            {
                at = name.End;
                named = true;
                break;
            }
        }
        at = SkipSpaces(text, at);
        if (!named)
        {
            var run = 0;
            while (run < 4 && at + run < text.Length && HanText.IsHan(text[at + run]) && text[at + run] != '收')
            {
                run++;
            }
            if (run >= 2 && at + run < text.Length && text[at + run] == '收' && EndsLabel(text, at + run))
            {
                return true;
            }
        }
        foreach (var title in Titles)
        {
            var titleAt = text.AsSpan(at, Math.Min(8, text.Length - at)).IndexOf(title, StringComparison.Ordinal);
            if (titleAt >= 0 && titleAt <= 4 && AllHan(text.AsSpan(at, titleAt)))
            {
                at = SkipSpaces(text, at + titleAt + title.Length);
                break;
            }
        }
        if (at >= text.Length)
        {
            return false;
        }
        if (text.AsSpan(at).StartsWith("亲启", StringComparison.Ordinal))
        {
            return true;
        }
        return text[at] == '收' && EndsLabel(text, at);
    }

    // 收 alone, or 收件 / 收启 / 收货: not 收到 (received), 收费 (a charge), 收入 (income) and the other words 收 begins.
    private static bool EndsLabel(string text, int at) =>
        at + 1 == text.Length || !HanText.IsHan(text[at + 1]) || text[at + 1] is '件' or '启' or '货';

    /// <summary>
    /// "我在…南京南街8号小区北门等": the writer says they are at a residential compound's address right now (a carpool or pickup
    /// message) — where a private person is, as much as a delivery address.
    /// </summary>
    public static bool WriterAtCompound(string text, TextSpan address) =>
        address.Start >= 2 && text.AsSpan(0, address.Start).EndsWith("我在", StringComparison.Ordinal)
        && text.AsSpan(address.End).StartsWith("小区", StringComparison.Ordinal);

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\u3000')
        {
            at++;
        }
        return at;
    }

    private static bool AllHan(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!HanText.IsHan(c))
            {
                return false;
            }
        }
        return true;
    }
}
