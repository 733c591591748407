using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A home named by its people right before a Han address (fourteenth pass, issue 15): a wedding's pick-up route, a New Year
/// visiting list or a lift share names each stop as someone's home and puts the address in brackets or after a colon
/// (新郎家（锦绣花园5栋1203）, 到新娘王家（…）, 大舅家：…, 老陈家（…）, 朵朵家（…）). The owner before 家 is a relative or a
/// wedding party (新郎, 女方, 三叔, 姥姥), a surname with 老/小/阿 or alone after a verb (老陈, 小李, 到王家), a doubled pet name
/// (朵朵), or one of the names the scan found. 国家, 大家, 商家, 店家, 农家, 专家 and the like are no one's home.
/// </summary>
internal static class HanFamilyHome
{
    // Kin and the wedding party by their last character (三叔, 二姑, 大舅, 姥姥, 外婆, 娘家, 婆家, 新郎, 女方, 同学, 朋友).
    private static readonly SearchValues<char> KinEnds = SearchValues.Create("舅叔姑姨伯婶哥姐弟妹爸妈婆爷奶姥娘嫂郎方友事学居蜜亲");

    // Words ending in one of those characters that are no household (地方, 对方, 大学, 没事, 教学…) and 家 words of trades and
    // groups (商家, 店家, 厂家, 管家, 庄家, 农家, 作家, 专家, 国家, 大家, 皇家, 人家, 公家).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOwners = new HashSet<string>(StringComparer.Ordinal)
    {
        "地方", "对方", "双方", "官方", "各方", "多方", "西方", "东方", "南方", "北方", "前方", "后方", "甲方", "乙方", "卖方", "买方", "警方",
        "大学", "中学", "小学", "教学", "科学", "数学", "文学", "医学", "哲学", "没事", "故事", "董事", "办事", "有事", "民事",
        "商家", "店家", "厂家", "管家", "庄家", "农家", "作家", "专家", "国家", "大家", "皇家", "人家", "公家", "酒家", "船家", "卖家",
        "买家", "玩家", "赢家", "行家", "名家", "画家", "独家", "本家", "全家", "各家", "万家", "百家", "千家", "自家", "东家", "回家",
        "到家", "在家", "离家", "成家", "安家", "搬家", "住家", "当家", "持家", "娘娘", "姑娘",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Openers = SearchValues.Create("（(：:【[ ");

    /// <summary>Whether a person's home (…家) opens the bracket, colon or field that <paramref name="address"/> stands in.</summary>
    public static bool Before(string text, PersonScan person, TextSpan address)
    {
        // Back from the address to its opener, over the estate's name the address span may leave out (…家（滨江小区2期9栋601）).
        var stop = Math.Max(0, address.Start - 24);
        var at = address.Start - 1;
        while (at >= stop && !Openers.Contains(text[at]))
        {
            if (text[at] is '）' or ')' or '。' or '，' or ',' or '；' or ';' or '\n' or '、' or '！' or '？')
            {
                return false;
            }
            at--;
        }
        // The opener right after 家 (spaces between allowed).
        var home = at;
        while (home > 0 && text[home - 1] is ' ' or '\u3000')
        {
            home--;
        }
        if (at < stop || home < 2 || text[home - 1] != '家')
        {
            return false;
        }
        return OwnedBy(text, person, home - 1);
    }

    private static bool OwnedBy(string text, PersonScan person, int home)
    {
        var word = text.AsSpan(home - 1, 2);
        if (NotOwners.Contains(word) || !HanText.IsHan(text[home - 1]))
        {
            return false;
        }
        var owner = text[home - 1];
        if (KinEnds.Contains(owner) && (home < 2 || !NotOwners.Contains(text.AsSpan(home - 2, 2))))
        {
            return true;
        }
        // 老陈家, 小李家, 阿强家; a doubled pet name (朵朵家, 乐乐家); 王家 right after a verb, a role or a line start.
        if (home >= 2 && (text[home - 2] is '老' or '小' or '阿' || text[home - 2] == owner))
        {
            return true;
        }
        foreach (var name in person.NamesBetween(home, home))
        {
            if (name.End == home)
            {
                return true;
            }
        }
        return ChineseNames.IsSurname(owner) && (home < 2 || !HanText.IsHan(text[home - 2]) || text[home - 2] is '到' or '去' or '从' or '回' or '娘' or '郎' or '方' or '在');
    }
}
