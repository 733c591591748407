namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The salutation of a Chinese letter or notice: a name that opens one of the first lines, after 尊敬的/亲爱的 or nothing, then
/// an optional title and a colon or 您好 (尊敬的 钮嘉怡 女士：, 闻人嘉禾：您好！). An offer letter, a notice or a reply is about
/// that person, so the pay, birth date or condition it states further down is theirs.
/// </summary>
internal static class ChineseSalutation
{
    // A salutation stands in the first lines: a heading (录用通知书) and the addressee.
    private const int FirstLines = 3;
    private const int MaxStart = 160;

    private static readonly string[] Openers = ["尊敬的", "亲爱的", "致"];
    private static readonly string[] Titles = ["先生", "女士", "小姐", "同学", "同志", "老师"];

    public static TextSpan? Find(string text, IReadOnlyList<TextSpan> names)
    {
        foreach (var name in names)
        {
            if (name.Start > MaxStart || !HanText.IsHan(text[name.Start]))
            {
                continue;
            }
            var lineStart = name.Start == 0 ? 0 : text.LastIndexOf('\n', name.Start - 1) + 1;
            if (text.AsSpan(0, lineStart).Count('\n') >= FirstLines)
            {
                continue;
            }
            var before = text.AsSpan(lineStart, name.Start - lineStart).Trim(" \u3000\t");
            var opened = before.IsEmpty;
            foreach (var opener in Openers)
            {
                opened |= before.SequenceEqual(opener);
            }
            if (opened && ClosesSalutation(text.AsSpan(name.End), !before.IsEmpty))
            {
                return name;
            }
        }
        return null;
    }

    // After the name: spaces, an optional title, then a colon (with an opener) or 您好 (without one, a colon and 您好).
    private static bool ClosesSalutation(ReadOnlySpan<char> rest, bool hasOpener)
    {
        rest = rest.TrimStart(" \u3000");
        foreach (var title in Titles)
        {
            if (rest.StartsWith(title, StringComparison.Ordinal))
            {
                rest = rest[title.Length..].TrimStart(" \u3000");
                break;
            }
        }
        if (rest.IsEmpty || rest[0] is not ('：' or ':' or '，' or ','))
        {
            return false;
        }
        var next = rest[1..].TrimStart(" \u3000\r\n");
        return (hasOpener && rest[0] is '：' or ':') || next.StartsWith("您好", StringComparison.Ordinal) || next.StartsWith("你好", StringComparison.Ordinal);
    }
}
