namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Person-role nouns of the registers where private people are listed by what they are to the writer: a work site's
/// trades (木工, 钢筋工, 劳务人员), a village's households (村民, 贫困户), care and elderly (大妈, 雇主), a hospital ward (产妇,
/// 伤员), social work and the courts (个案, 案主, 被收养人). Right after one, a surname and one or two Han characters are a name
/// whatever the given name means (工人张铁牛, 户主牛有财, 被收养人余小豆), as after a record label; the characters that follow
/// still make it a word where jieba knows one (工人文化宫, 个案管理). Unlike a record label, the role does not keep a famous
/// person private: 石油工人王进喜 is the model worker, not a worker on the writer's site.
/// </summary>
internal static partial class ChineseNames
{
    /// <summary>
    /// The role nouns that are also a record role (<c>PersonRecordDetector</c>): the named person is on the writer's site list,
    /// household register, ward or case load. Traditional forms fold to these (個案, 僱主, 勞務人員).
    /// </summary>
    internal static readonly string[] RecordRoleNouns =
    [
        // A construction or factory site's workers by trade (工地实名制, 欠薪, 事故报告).
        "工人", "木工", "钢筋工", "架子工", "电焊工", "焊工", "泥瓦工", "瓦工", "泥工", "水电工", "油漆工", "抹灰工", "模板工", "杂工",
        "普工", "搬运工", "装卸工", "装修工", "安装工", "钳工", "管道工", "信号工", "维修工", "修理工", "技工", "学徒", "临时工", "零工",
        "小时工", "合同工", "派遣工", "清洁工", "环卫工", "操作工", "劳务人员", "劳务工", "务工人员", "农民工", "民工", "班组长", "工友",
        "保安", "保洁", "服务员", "收银员", "营业员", "店员", "家政员", "家政工",
        // A village's households and a clinic's follow-up list (村医随访, 低保复核, 扶贫档案).
        "村民", "农户", "贫困户", "脱贫户", "监测户", "建档立卡户", "边缘户", "留守老人", "留守儿童", "空巢老人", "随访对象", "签约居民",
        // Care and households: the employer of a domestic worker, the old person cared for (雇主蔡丽娟, 失能老人…).
        "雇主", "失能老人", "老年人", "护理对象", "照护对象", "被照护人", "被护理人", "外佣", "菲佣",
        // A ward and a clinic (伤员, 病号, 孕产妇 ends with 产妇 already).
        "伤员", "伤病员", "病员", "病号", "患方",
        // Social work, adoption, probation and custody records (个案, 案主, 被收养人, 社区矫正对象 ends with 对象, a relation).
        "个案", "案主", "收养人", "被收养人", "送养人", "被领养人", "领养人", "求助者", "咨询者", "来询者", "刑满释放人员", "服刑人员",
        "在押人员", "戒毒人员", "涉案人员", "未成年人", "流浪人员", "受助人员",
        // Any "…人员" of a list (施工人员, 外来人员, 工作人员): the staff or people on the writer's register.
        "人员",
        // Members of a co-op, a team or a group (社员, 组员, 队员), the parties of a police report, a complaint or a defence (报案人,
        // 答辩人, 申诉人), a care home's residents and their families, a nursery's children (eighteenth pass). Modifiers before the
        // noun need nothing more: the noun ends right before the name (新入住的老人…, 新来的社员…, 刚入园的小朋友…).
        "社员", "组员", "队员", "报案人", "答辩人", "申诉人", "被申诉人", "入住老人", "托养老人", "孤寡老人", "高龄老人",
        "老人家属", "患者家属", "家属", "托管儿童", "入托儿童", "老人", "小朋友",
        // A game's or an app's account holder in an appeal or a ban review (玩家 实名 柴子豪 称被误封): nineteenth pass.
        "玩家",
    ];

    // An older person named by the kin word a neighbour or carer uses (李大妈李秀珍, 大爷王福春): a name follows as after a role;
    // these are no record role.
    // A casting call's child performers and extras (童星 安心…, 小演员…, 群演…): a name follows whatever the given name means, as after
    // a role; the role is no record role (a birth date or a fee beside the name makes it personal data).
    private static readonly WordList RoleNouns = new([.. RecordRoleNouns, "大爷", "大妈", "大娘", "大婶", "老大爷", "老大娘", "老奶奶", "老爷爷",
        "阿婆", "阿伯", "阿姨", "童星", "小演员", "童模", "群演", "特约演员"]);

    // A trade noun's last character and a surname that run on into a word (木工程, 工钱, 工商, 工时, 工位, 工段; 乡村民宿; 5 床位;
    // 家属区, 家属院; 社员大会, 队员会; 老人家, 老人院): no name.
    private static bool RunsOnFromRole(string text, int at) =>
        text.AsSpan(at - 1, 2) is "工程" or "工钱" or "工商" or "工时" or "工位" or "工段" or "民宿" or "床位" or "属区" or "属院" or "属楼"
            or "员大" or "员会" or "人家" or "人院" or "友们";

    // A ward's numbered bed (5 床庞秋菊, 12号床 …, 3床：…): the bed's patient is named right after it.
    private static bool AfterBed(string text, int end)
    {
        if (end < 2 || text[end - 1] != '床')
        {
            return false;
        }
        var k = end - 2;
        k -= k > 0 && text[k] is ' ' or '号' ? 1 : 0;
        return char.IsAsciiDigit(text[k]);
    }

    /// <summary>Whether a person-role noun ends right before <paramref name="at"/>, with only spaces or a colon between.</summary>
    private static bool HasRoleNounBefore(string text, int at)
    {
        var end = LabelEnd(text, at);
        return end > 0 && (end < at || !RunsOnFromRole(text, at)) && (EndsWithAny(text, end, RoleNouns) || AfterBed(text, end));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordRoleLookup =
        new HashSet<string>(RecordRoleNouns, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is one of <see cref="RecordRoleNouns"/>.</summary>
    internal static bool IsRecordRoleNoun(ReadOnlySpan<char> word) => RecordRoleLookup.Contains(word);

    /// <summary>
    /// Whether the name starts right after the role noun (spaces or a colon between): the role is that person's (木工包大伟, 个案：
    /// 林语彤), not a word somewhere near another name (王芳说工人们…).
    /// </summary>
    internal static bool NamedRightAfter(string text, TextSpan name, TextSpan cue) =>
        name.Start >= cue.End && LabelEnd(text, name.Start) == cue.End && HasRoleNounBefore(text, name.Start);

    /// <summary>
    /// "童星 安心，2017 年 6 月 3 日生", "学员 许诺，9 岁": after a role or a label, a comma and a birth date or an age follow the
    /// name, so a given name that is also a word (安心, 许诺, 平安) is a name there (eighteenth pass); "客户满意，2024 年度…" has no
    /// 生 or 岁 in its clause.
    /// </summary>
    private static bool BirthOrAgeAfter(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('，' or ',' or '、' or ' ' or '：' or ':'))
        {
            return false;
        }
        var rest = text.AsSpan(at + 1, Math.Min(24, text.Length - at - 1)).TrimStart(' ');
        if (rest.IsEmpty || !(char.IsAsciiDigit(rest[0]) || CountNumerals.Contains(rest[0])))
        {
            return false;
        }
        var stop = rest.IndexOfAny("，。；,;\n");
        rest = stop < 0 ? rest : rest[..stop];
        return rest.Contains("日生", StringComparison.Ordinal) || rest.Contains("月生", StringComparison.Ordinal)
            || rest.Contains("年生", StringComparison.Ordinal) || rest.Contains("出生", StringComparison.Ordinal) || rest.Contains('岁');
    }

    /// <summary>A famous person's name right after a role noun only (石油工人王进喜): the role does not make them private.</summary>
    private static bool FamousAfterRoleOnly(string text, int at, int length) =>
        ChineseWords.Kind(text.AsSpan(at, length)) == ChineseWordKind.KnownPerson && !HasLabelBefore(text, at) && !EndsWithAny(text, at, Relations);
}
