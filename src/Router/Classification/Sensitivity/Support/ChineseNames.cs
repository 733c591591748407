using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Chinese full names: a surname (single or compound) and one or two given-name characters, accepted only
/// in a context that makes a name likely. A role or label just before it (患者, 客户, 姓名：) or a title or
/// gender after it (先生, 女士, ，男) admits any given name; a bare clause boundary on both sides admits only
/// common given-name characters, so 高血压， or 周末去 are not names.
/// jieba.NET's person tags were measured here at about 38 ms per KB and miss 上官婉清: too slow for the hot path.
/// </summary>
internal static class ChineseNames
{
    private const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜阚权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    private static readonly SearchValues<char> Surnames = SearchValues.Create(SingleSurnames);
    private static readonly SearchValues<char> GivenNames = SearchValues.Create(GivenNameChars);
    private static readonly SearchValues<char> NotNames = SearchValues.Create(NotNameChars);
    private const string CompoundFirstChars = "欧司诸上东皇令慕尉公长宇夏端轩独南西百呼澹太申闻濮淳单钟宗万仲赫拓亓";
    private static readonly SearchValues<char> CompoundFirst = SearchValues.Create(CompoundFirstChars);
    private static readonly SearchValues<char> SurnameStarts = SearchValues.Create(SingleSurnames + CompoundFirstChars);

    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯",
        "端木", "轩辕", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "濮阳", "淳于",
        "单于", "钟离", "宗政", "东郭", "万俟", "仲孙", "赫连", "拓跋", "司空", "亓官",
    ];

    // Common given-name characters, for names found without a label.
    private const string GivenNameChars =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华建国文辉玉萍红燕鹏飞波宇浩凯俊峰琳晨晓欣雪梅林海云婷雅佳慧颖倩琪玲丹莉婉清志远子轩博涵梓睿思怡悦欢嘉豪宏亮斌健鑫松柏春秋冬夏东南北军兵荣光新立成福禄寿祥瑞德仁义礼智信忠孝廉耀龙凤鸿鹤鹰虎彪威武毅坚钢铁金银珠宝翠琼瑶璐露霖雨雯霏雪冰凝晶莹秋菊兰荷莲桃杏萱薇蓉芝芬芸茜蕾蓓娇婕婧媛妍姗姝娅妮娴淑贞珍珊瑾瑜璇琦琛瑛琬晗晴昊晟昕旭阳晖煜炜烨焱鸣铭敬靖静婧庆卿青倩钦秦勤群然仁荣如蕊润若少绍申深胜诗石士书舒帅爽顺硕嵩素涛腾天婷彤薇维伟炜蔚文雯希熙霞先贤显献祥翔潇小晓笑心欣新馨星兴雄修秀旭轩萱璇学雪勋雅亚岩妍彦艳燕扬阳洋尧耀一怡宜亦奕毅逸懿音吟银英莹颖永咏勇友有佑瑜玉钰煜裕元园源远苑月悦越云芸允韵泽增展振正志智中忠洲舟竹卓梓紫宗";

    // Characters that are never part of a given name: they end the name instead.
    private const string NotNameChars = "的是了在有和与为不也就都而及或被把从向对但等着过得地之其这那个们我你他她它吗呢吧啊么什怎哪谁元年月日号人块岁";

    private static readonly WordList StrongBefore = new(
    [
        "患者", "病人", "病患", "客户", "顾客", "用户", "会员", "员工", "职工", "雇员", "新员工", "借款人", "贷款人", "债务人", "担保人",
        "收件人", "收货人", "寄件人", "联系人", "申请人", "应聘者", "求职者", "候选人", "租户", "租客", "承租人", "房客", "业主", "住户",
        "同事", "学生", "被保险人", "投保人", "受益人", "持卡人", "开户人", "户主", "姓名", "名字叫", "叫做", "名叫", "家属",
    ]);

    private static readonly WordList StrongAfter = new(
    [
        "先生", "女士", "小姐", "同志", "同学", "老师", "医生", "护士", "经理", "主任", "师傅", "阿姨", "大爷", "，男", "，女", ",男", ",女",
        "（男", "（女", "(男", "(女", " 男", " 女",
    ]);

    private static readonly WordList BoundaryAfter = new(
    [
        "的", "因", "于", "生于", "出生", "住", "家住", "确诊", "患", "查出", "被", "已", "尚", "欠", "最近", "目前", "上个月", "本月",
        "今年", "去年", "要求", "反映", "预约", "面试", "表现", "在", "是", "有", "和", "与", "今天", "昨天", "明天", "这", "入职", "离职",
        "申请", "投诉", "办理", "需要", "说", "告诉", "所在", "每月", "月薪", "年薪", "工资", "的工资", "又", "也", "还", "去世", "病逝",
    ]);

    // Words after which a name often follows: 给张志刚写, 通知陈佳怡.
    private static readonly WordList WeakBefore = new(["给", "跟", "和", "与", "让", "叫", "请", "通知", "提醒", "告诉", "问", "找", "联系", "帮", "把", "替", "为", "显示"]);

    public static void Find(string text, List<TextSpan> names)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(SurnameStarts);
            if (next < 0)
            {
                break;
            }
            i += next;
            var surname = SurnameLength(text, i);
            if (surname == 0)
            {
                continue;
            }
            var strong = HasLabelBefore(text, i) || EndsWithAny(text, i, Relations);
            var weak = i == 0 || IsBoundary(text[i - 1]) || EndsWithAny(text, i, WeakBefore);
            if (!strong && !weak)
            {
                continue;
            }
            var length = NameLength(text, i, surname, strong);
            if (length > 0)
            {
                names.Add(new(i, i + length));
                i += length - 1;
            }
        }
    }

    // 0 when no reading as a name fits; else the full name's length (surname and one or two given characters).
    private static int NameLength(string text, int at, int surname, bool strong)
    {
        var one = at + surname + 1;
        var two = one + 1;
        if (one > text.Length || !GivenNameFits(text, at + surname, 1))
        {
            return 0;
        }
        var oneBoundary = one == text.Length || IsBoundary(text[one]) || StartsWithAny(text, one, BoundaryAfter);
        var oneTitled = StartsWithAny(text, one, StrongAfter);
        if (oneTitled || (oneBoundary && (strong || CommonGivenName(text, at + surname, 1))))
        {
            return one - at;
        }
        var twoFits = two <= text.Length && GivenNameFits(text, at + surname, 2);
        if (!twoFits)
        {
            return strong ? one - at : 0;
        }
        var twoCommon = CommonGivenName(text, at + surname, 2);
        var twoBoundary = two == text.Length || IsBoundary(text[two]) || StartsWithAny(text, two, BoundaryAfter) || StartsWithAny(text, two, StrongAfter);
        if (twoCommon || (strong && twoBoundary))
        {
            return two - at;
        }
        // A label before the name vouches for it even when the next word runs on: 我朋友李娜怀孕.
        return !strong || !CommonGivenName(text, at + surname, 1) ? 0 : CommonGivenName(text, at + surname + 1, 1) ? two - at : one - at;
    }

    private static int SurnameLength(string text, int at)
    {
        if (CompoundFirst.Contains(text[at]))
        {
            foreach (var compound in CompoundSurnames)
            {
                if (string.CompareOrdinal(text, at, compound, 0, 2) == 0)
                {
                    return 2;
                }
            }
        }
        return Surnames.Contains(text[at]) ? 1 : 0;
    }

    private static bool GivenNameFits(string text, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (!HanText.IsHan(text[k]) || NotNames.Contains(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool CommonGivenName(string text, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (!GivenNames.Contains(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasLabelBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is '：' or ':' or ' ' or '\u3000')
        {
            end--;
        }
        if (end == 0 || !StrongBefore.LastChars.Contains(text[end - 1]))
        {
            return false;
        }
        foreach (var label in StrongBefore.Words)
        {
            if (end >= label.Length && string.CompareOrdinal(text, end - label.Length, label, 0, label.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    // "我同事赵敏", "我婆婆郑淑芬": a relation word right before the name.
    private static readonly WordList Relations = new(
    ["同事", "朋友", "邻居", "婆婆", "公公", "岳母", "岳父", "妈妈", "爸爸", "母亲", "父亲", "老公", "老婆", "丈夫", "妻子", "儿子", "女儿", "领导", "下属", "室友", "表哥", "表姐", "舅舅", "姑姑", "外婆", "奶奶", "爷爷"]);

    private static bool EndsWithAny(string text, int at, WordList words)
    {
        if (at == 0 || !words.LastChars.Contains(text[at - 1]))
        {
            return false;
        }
        foreach (var word in words.Words)
        {
            if (at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(string text, int at, WordList words)
    {
        if (at >= text.Length || !words.FirstChars.Contains(text[at]))
        {
            return false;
        }
        foreach (var word in words.Words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && at + word.Length <= text.Length)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsBoundary(char c) =>
        !HanText.IsHan(c) && !char.IsAsciiLetter(c) && c is not '《' and not '》' and not '「' and not '『';

    /// <summary>Words with the sets of their first and last characters, so most positions are ruled out in one look.</summary>
    private sealed class WordList(string[] words)
    {
        public string[] Words { get; } = words;

        public SearchValues<char> FirstChars { get; } = SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);

        public SearchValues<char> LastChars { get; } = SearchValues.Create([.. words.Select(w => w[^1]).Distinct()]);
    }
}
