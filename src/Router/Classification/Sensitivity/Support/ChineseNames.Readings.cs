using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Korean names written in Han inside Chinese text whose given name starts with 在 (Jae: 金在勋, 朴在焕): 在 is otherwise a
/// character that ends a name (王芳在医院), so such a name is read only after a Korean family name, with a Korean second
/// syllable, and where the name ends as a name ends (在, 说, a comma, a title). And 叫 opening a clause (…，叫秦朗，): a
/// self-introduction or a named relative, which vouches for a name as a field label does. And whether a record label or
/// relation stands right before a name, which keeps a private namesake of a public figure (员工李娜, 我同事雷军) private.
/// </summary>
internal static partial class ChineseNames
{
    // The family names most Koreans carry (金, 李, 朴, 崔, 郑, 姜, 赵, 尹, 张, 林, 韩, 吴, 徐, 申, 权, 黄, 安, 宋, 柳, 洪, 全, 高…).
    private static readonly SearchValues<char> KoreanSurnames = SearchValues.Create("金李朴崔郑姜赵尹张林韩吴徐申权黄安宋柳洪全高文孙梁裴白许南卢河玄沈严元千方孔丁车具俞罗陈池鱼庆");

    // Second syllables of Korean given names that start with 在 (在勋, 在焕, 在民, 在贤, 在元, 在旭, 在范…).
    private static readonly SearchValues<char> KoreanJaeSecond = SearchValues.Create("勋焕贤元镇旭范民英浩锡允成石赫雄植俊熙永根淑珍昊亨仁宇喜恩伦秀奎弘熏训铉洙律硕荣晟");

    /// <summary>The length of a Korean name with 在 at <paramref name="at"/> (surname, 在, one syllable), or 0.</summary>
    private static int KoreanJaeName(string text, int at, int surname, Before before)
    {
        var given = at + surname;
        if (surname != 1 || before == Before.None || given + 2 > text.Length || text[given] != '在'
            || !KoreanSurnames.Contains(text[at]) || !KoreanJaeSecond.Contains(text[given + 1]))
        {
            return 0;
        }
        // 在 before a place or a word is the preposition (李在民政局, 金在成都, 崔在英国): the name must end right there.
        return AfterAt(text, given + 2) == After.None ? 0 : 3;
    }

    // Given names that open with a character which otherwise ends a name (向东, 向阳, 有才, 有为, 为民, 和平): 向 and 为 are
    // prepositions and 有, 和 words of their own (王芳向银行借款, 李明有两套房), so such a name is read only after a label, a
    // field colon or a space (会员 毕向东 参加…, 患者：李为民，), with a name character after it and a name's end right there.
    private static readonly SearchValues<char> FunctionWordGivenStarts = SearchValues.Create("向有为和");

    /// <summary>The length of a name whose given name opens with 向, 有, 为 or 和 (surname and two characters), or 0.</summary>
    private static int FunctionWordGivenName(string text, int at, int surname, Before before)
    {
        var given = at + surname;
        if (before is not (Before.Strong or Before.Medium or Before.Token) || given + 2 > text.Length
            || !FunctionWordGivenStarts.Contains(text[given]) || !NameChars.Contains(text[given + 1]))
        {
            return 0;
        }
        // After a record label or role noun the name may run on into the next word (户主牛有财家庭月收入…).
        return (before == Before.Strong || AfterAt(text, given + 2) is After.Boundary or After.Title) && !Vetoed(text, at, surname + 2, before)
            ? surname + 2 : 0;
    }

    /// <summary>叫 right after a clause boundary or at the start (…，叫秦朗，, 叫我…): a name follows as after a field label.</summary>
    private static bool CalledAtClauseStart(string text, int at) =>
        at >= 1 && text[at - 1] == '叫' && (at == 1 || IsBoundary(text[at - 2]));

    /// <summary>Whether a record label or a relation ends right before <paramref name="at"/> (患者, 客户：, 我同事, 我妈).</summary>
    internal static bool HasLabelOrRelationBefore(string text, int at) =>
        HasLabelBefore(text, at) || EndsWithAny(text, at, Relations) || HasRoleNounBefore(text, at);

    /// <summary>
    /// Whether one of <paramref name="names"/> is a Chinese name with a record label or the writer's relation right before it
    /// (职工包海燕, 俺媳妇刘春燕, 個仔吳卓霖): a question about such a person is about a private person, never a general one.
    /// </summary>
    internal static bool AnyLabelled(string text, IReadOnlyList<TextSpan> names)
    {
        foreach (var name in names)
        {
            // Not a "name" that opens with a preposition which is also a surname (被告向原告…, 甲方于…): the label's clause runs on.
            if (HanText.IsHan(text[name.Start]) && text[name.Start] is not ('向' or '于' or '和' or '与' or '同' or '将' or '对' or '跟')
                && HasLabelOrRelationBefore(text, name.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="c"/> is a single-character surname (王, 陈, 李…).</summary>
    internal static bool IsSurname(char c) => Surnames.Contains(c);
}
