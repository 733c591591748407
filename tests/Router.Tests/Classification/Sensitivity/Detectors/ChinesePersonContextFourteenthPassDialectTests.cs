using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the second tuning drop of the fourteenth pass (issue 15): northern-dialect and Cantonese questions about
/// the writer's own people (俺媳妇…, 個仔…係…出世, 俺兄弟…欠他工钱), which are no general question; a record label before a name in
/// a question (职工…, 住户…, 個客…); Taiwan pensions; a delivery rider's drop-off note; skits and stock characters, and measure
/// words (一段, 这位) that are no surname. All examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextFourteenthPassDialectTests
{
    private static IReadOnlyList<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool Sensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("俺闺女宋佳慧这两天发烧到39度，大夫说是肺炎，要不要住院？", "宋佳慧")]
    [InlineData("個女陳穎琳琴日喺學校暈低，醫生話係低血糖，使唔使覆診？", "陳穎琳")]
    [InlineData("俺爹孟庆山属龙，1940年生的，高龄津贴咋申请？", "孟庆山")]
    [InlineData("俺兄弟冯大庆在厂里干了三个月，老板欠他工钱1万2，上哪投诉？", "冯大庆")]
    [InlineData("職工蔣美玲右手骨折，鑑定為十級傷殘，賠償怎麼算？", "蔣美玲")]
    public void ADialectOrCantoneseQuestionAboutTheWritersOwnPeople_Fires(string text, string name) =>
        Assert.Contains(Entities(text), e => e.Type.StartsWith("person_", StringComparison.Ordinal) && e.Value == name);

    [Theory]
    [InlineData("门禁日志：住户邱雅琴 02:14 刷卡进入3号门", "邱雅琴")]
    [InlineData("個客鄭偉強又打嚟話張單未到，點算？", "鄭偉強")]
    [InlineData("学生阮氏梅的在读证明需要盖章", "阮氏梅")]
    public void ARecordLabelBeforeAName_IsARecordRole(string text, string name) =>
        Assert.Contains(("person_record", name), Entities(text));

    [Theory]
    [InlineData("我媽張秀蘭每個月領勞保年金18,500，要不要報稅？", "張秀蘭")]
    public void APensionOfANamedPerson_IsPay(string text, string name) =>
        Assert.Contains(("person_finance", name), Entities(text));

    [Fact]
    public void ADropOffNoteToARider_IsAHomeAddress() =>
        Assert.Contains(Entities("骑手师傅放到朝阳区望京西路48号院3号楼2单元门口就行，谢谢"), e => e.Type == "person_address");

    [Theory]
    [InlineData("写一段相声：张大爷和李大妈在公园吵架，张大爷说他血压高。")]
    [InlineData("帮我编个东北话段子，老刘说他媳妇天天查他工资。")]
    [InlineData("属龙的人1940年出生的今年多少岁？")]
    [InlineData("农民工被欠工钱应该去哪里投诉？")]
    [InlineData("外卖骑手一般几点下班？")]
    [InlineData("学生在读证明一般去哪个部门开？")]
    public void SkitsAndGeneralQuestions_DoNotFire(string text) =>
        Assert.False(Sensitive(text));
}
