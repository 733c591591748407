using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Names written in Han characters that start with no Chinese surname: Tibetan and Mongolian names made of name parts
/// (次仁 + 卓玛, 乌兰 + 图雅), Uyghur and Kazakh names (阿依 + 古丽, with or without the middle dot) and Japanese names after a
/// record label or before a title (会员 渡边翔太, 佐藤先生). Two parts make a name wherever the run ends as a name ends; one
/// part needs a record label or relation right before it (申请人卓玛) or a title or gender after it (苏日娜，女), or three
/// characters at a clause start (巴特尔说); a Japanese surname needs a label or a title.
/// </summary>
internal static partial class ChineseNames
{
    // Name parts, two to four characters, each common in Tibetan (扎西, 次仁, 卓玛), Mongolian (巴特尔, 其其格, 乌兰) or Uyghur and
    // Kazakh (买买提, 古丽, 阿不都) names. Not parts that are ordinary words (哈达, 乌云 as a cloud is kept out only by needing a label
    // alone), nor famous persons' first parts (仓央, 才旦): a run of them is checked like any name.
    private static readonly string[] NameParts =
    [
        // Tibetan.
        "扎西", "次仁", "卓玛", "格桑", "拉姆", "旦增", "丹增", "多吉", "多杰", "尼玛", "顿珠", "洛桑", "平措", "央金", "德吉", "次旦",
        "边巴", "达瓦", "普布", "巴桑", "索朗", "索南", "仁青", "曲珍", "白玛", "益西", "强巴", "群培", "贡嘎", "嘎玛", "罗布", "米玛",
        "拉巴", "朗杰", "旺堆", "坚参", "次珍", "卓嘎", "央宗", "措姆", "桑珠", "土登", "加措", "嘉措", "扎巴", "欧珠", "晋美", "玉珍",
        "琼达", "尼珍", "拉珍", "次央", "旺姆", "阿旺", "泽仁", "泽旺", "卓措", "巴珠", "旺久", "拉宗", "群宗", "次吉", "德央", "仁增",
        "才让", "桑杰", "周措", "拉毛", "措毛", "尕藏", "班玛", "久美", "贡布", "曲吉", "次卓", "白珍", "央拉", "卓拉", "德曲", "旺扎",
        "洛丹", "赤列", "云丹", "贡觉", "完玛", "华旦", "才仁", "旺青", "巴宗", "次措",
        // Mongolian.
        "巴特尔", "巴图", "宝音", "朝鲁", "额尔敦", "格日勒", "哈斯", "呼和", "那仁", "苏和", "孟和", "图雅", "乌兰", "其其格", "其木格",
        "琪琪格", "萨仁", "斯琴", "敖登", "阿拉坦", "乌力吉", "图门", "特木尔", "巴雅尔", "德力格尔", "巴音", "娜仁", "高娃", "布和",
        "毕力格", "额尔德尼", "苏日娜", "乌日娜", "阿古拉", "那顺", "满都拉", "吉日嘎拉", "朝格图", "斯日古楞", "萨日娜", "乌云", "塔娜",
        "阿茹娜", "诺敏", "格根", "巴根", "达来", "包力高", "其勒格尔", "呼日勒",
        // Uyghur and Kazakh.
        "买买提", "麦麦提", "艾力", "阿力木", "古丽", "阿依", "努尔", "热依拉", "热娜", "阿不都", "阿布都", "阿卜杜", "热合曼", "吐尔逊",
        "图尔荪", "艾合买提", "阿迪力", "迪丽", "依明", "玉素甫", "艾尼", "吾斯曼", "库尔班", "托乎提", "依力哈木", "米吉提", "居来提",
        "热依汗", "祖丽", "再努尔", "塔依尔", "吐逊", "卡德尔", "艾则孜", "艾山", "哈力克", "沙吾提", "克里木", "买合木提", "斯拉木",
        "巴合提", "叶尔兰", "努尔兰", "阿依达", "木拉提", "艾克拜尔", "阿里木", "艾买提", "帕提", "阿不来提", "吐拉克", "依沙克",
        "热西提", "阿尔曼", "古力", "江", "汗",
    ];

    // One-character parts end a name only after another part (买买提江, 古丽汗): never a name alone.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartLookup =
        new HashSet<string>(NameParts, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> PartStarts = SearchValues.Create([.. NameParts.Where(p => p.Length > 1).Select(p => p[0]).Distinct()]);

    // Japanese family names (two characters; 佐藤, 渡边, 山本) whose first character is no Chinese surname, so the surname scan
    // never starts there. Many are also places or words (中村, 小林, 山口): only a record label before or a title after makes them
    // a name.
    private static readonly string[] JapaneseSurnames =
    [
        "佐藤", "铃木", "渡边", "山本", "中村", "小林", "加藤", "山田", "佐佐", "山口", "松本", "木村", "清水", "斋藤", "斉藤", "山崎",
        "森田", "桥本", "阿部", "山下", "中岛", "小川", "前田", "冈田", "长谷", "后藤", "近藤", "村上", "远藤", "青木", "坂本", "福田",
        "太田", "西村", "藤井", "冈本", "藤原", "中野", "三浦", "原田", "松田", "竹内", "中山", "小野", "大野", "大塚", "千叶", "松井",
        "菅原", "岩崎", "樱井", "野口", "松尾", "菊地", "野村", "新井", "渡部", "佐野", "杉山", "大西", "平野", "小岛", "市川", "北村",
        "上田", "中川", "丸山", "今井", "河野", "藤本", "村田", "武田", "上野", "杉本", "增田", "小山", "大久", "久保", "松下", "宫崎",
        "横山", "宫本", "内田", "高木", "安藤", "岛田", "工藤", "大野", "宫田", "酒井", "小西", "水野", "森本", "藤田", "宫下", "須藤",
        "须藤", "大桥", "大森", "伊藤", "高桥", "田中", "吉田", "井上", "石川", "池田", "石井", "斎藤", "长野", "泽田", "仓田", "冈村",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JapaneseLookup =
        new HashSet<string>(JapaneseSurnames, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> JapaneseStarts = SearchValues.Create([.. JapaneseSurnames.Select(p => p[0]).Distinct()]);

    // The length of the run of name parts at from (longest part first, at most three parts and nine characters) and how many
    // parts it holds; a one-character part only after another.
    private static (int Length, int Parts) PartsAt(string text, int from)
    {
        var at = from;
        var parts = 0;
        while (parts < 3 && at < text.Length)
        {
            var matched = 0;
            for (var length = Math.Min(4, text.Length - at); length >= (parts == 0 ? 2 : 1); length--)
            {
                if (PartLookup.Contains(text.AsSpan(at, length)))
                {
                    matched = length;
                    break;
                }
            }
            if (matched == 0 || at + matched - from > 9)
            {
                break;
            }
            at += matched;
            parts++;
        }
        return (at - from, parts);
    }

    private static void AddTransliteratedNames(string text, List<TextSpan> names, int first)
    {
        var added = false;
        for (var i = text.AsSpan().IndexOfAny(PartStarts); i >= 0; i = NextAt(text, i + 1, PartStarts))
        {
            // Inside a run of parts (the 次仁 of 扎西次仁) the run was read from its start already.
            var (length, parts) = PartsAt(text, i);
            if (length == 0 || Covered(names, first, i))
            {
                continue;
            }
            var after = AfterAt(text, i + length);
            // One part of three or more characters (巴特尔, 其其格, 买买提) is a name at a clause or field start too.
            var accepted = after != After.None
                && (parts >= 2 || after == After.Title || BeforeAt(text, i) is var before && (before == Before.Strong || (length >= 3 && before != Before.None)))
                && !Vetoed(text, i, length, Before.Strong);
            if (accepted)
            {
                ReplaceOverlapping(names, first, new TextSpan(i, i + length));
                added = true;
                i += length - 1;
            }
        }
        for (var i = text.AsSpan().IndexOfAny(JapaneseStarts); i >= 0; i = NextAt(text, i + 1, JapaneseStarts))
        {
            if (i + 2 >= text.Length || !JapaneseLookup.Contains(text.AsSpan(i, 2)) || Covered(names, first, i))
            {
                continue;
            }
            var length = 0;
            if (BeforeAt(text, i) == Before.Strong)
            {
                length = NameLength(text, i, 2, Before.Strong);
            }
            else
            {
                // 佐藤先生, 渡边翔太女士: the surname and up to two given characters, then a title.
                for (var n = 2; n <= 4 && length == 0 && i + n < text.Length; n++)
                {
                    length = (n == 2 || GivenNameFits(text, i + 2, n - 2)) && StartsWithAny(text, i + n, StrongAfter) ? n : 0;
                }
            }
            if (length > 0)
            {
                ReplaceOverlapping(names, first, new TextSpan(i, i + length));
                added = true;
                i += length - 1;
            }
        }
        if (added)
        {
            names.Sort(first, names.Count - first, Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }
    }

    private static int NextAt(string text, int from, SearchValues<char> starts)
    {
        if (from >= text.Length)
        {
            return -1;
        }
        var next = text.AsSpan(from).IndexOfAny(starts);
        return next < 0 ? -1 : from + next;
    }

    // A name found already that holds this position and starts before it (a surname name, or a longer run).
    private static bool Covered(List<TextSpan> names, int first, int at)
    {
        for (var k = first; k < names.Count; k++)
        {
            if (names[k].Start < at && names[k].End > at)
            {
                return true;
            }
        }
        return false;
    }

    // The longer reading wins: a surname name inside it (卓玛 read as 卓 + 玛, 巴特尔 as 巴 + 特尔) is taken out.
    private static void ReplaceOverlapping(List<TextSpan> names, int first, TextSpan name)
    {
        for (var k = names.Count - 1; k >= first; k--)
        {
            if (names[k].Overlaps(name))
            {
                names.RemoveAt(k);
            }
        }
        names.Add(name);
    }

    // A dotted name both of whose sides are name parts (阿依古丽·吐尔逊, 买买提·艾力) is a name without a label; the left side
    // starts where its run of parts reaches the dot.
    private static int DottedPartsStart(string text, int dot)
    {
        if (PartsAt(text, dot + 1).Length == 0)
        {
            return -1;
        }
        for (var k = Math.Max(0, dot - 9); k <= dot - 2; k++)
        {
            if (PartsAt(text, k).Length == dot - k)
            {
                return k;
            }
        }
        return -1;
    }
}
