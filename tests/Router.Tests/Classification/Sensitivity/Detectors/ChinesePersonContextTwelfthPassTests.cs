using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the twelfth pass (issue 15): parcel and letter labels after an address (…楼1608 王某 收), estate buildings
/// numbered with 楼 alone; birth years beside a name in pension, retirement, newborn and nursery questions; contribution bases,
/// loans and unpaid wages of a named person; survey respondents and interviewees; a quoted class label said of this text
/// (本文为“内部文件”); unlabelled ID numbers after an identity check (实名认证); the ISO 7064 weights and masked mobiles, which
/// are no one's numbers. Every rule has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextTwelfthPassTests
{
    private static IReadOnlyList<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool Sensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("面单这样写对吗：苏州市吴中区东湖新村二区118楼1302 葛晓岚收")]
    [InlineData("地址栏：长沙市岳麓区枫林三路6号院2号楼1单元901收")]
    [InlineData("信封背面写：厦门市思明区莲前西路21号5栋703室 龚先生 收启")]
    [InlineData("幫我核對寄件單：高雄市苓雅區三多路150號9樓 許雅雯 收")]
    public void AnAddressFollowedByARecipientLabel_IsADeliveryAddress(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("东湖新村二区的118楼是哪年建的？外墙看着很旧")]
    [InlineData("枫林三路6号院门口的早餐店几点开门")]
    [InlineData("商场3楼305是什么店，周末营业到几点")]
    [InlineData("厦门莲前西路21号附近收费停车场多少钱一小时")]
    public void AnAddressWithoutADeliveryOrOwner_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("婶婶邹玉芳1964年出生，现在能领养老金了吗", "邹玉芳")]
    [InlineData("闺女任思彤2023年5月生的，明年能上幼儿园吗", "任思彤")]
    [InlineData("宝宝叫钱沐阳，2025年1月3日出生，上户口要带什么", "钱沐阳")]
    public void ABirthYearBesideANameInAFamilysPaperwork_IsABirthDate(string text, string name) =>
        // The same name may carry pay too (养老金): one entity per name is reported, so any personal-data type counts.
        Assert.Contains(Entities(text), e => e.Type.StartsWith("person_", StringComparison.Ordinal) && e.Value == name);

    [Theory]
    [InlineData("1964年出生的女职工现在能领养老金了吗")]
    [InlineData("新生儿上户口要带出生证明吗，父母户口不在一起怎么办")]
    [InlineData("季羡林生于1911年，他晚年住在哪里")]
    public void BirthYearsWithoutAPrivatePerson_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("我们科室的陶志军公积金缴存基数是12000，单位交多少", "陶志军")]
    [InlineData("老乡卫建新欠我一万五，过年都没还", "卫建新")]
    public void ContributionBasesAndLoansOfANamedPerson_ArePay(string text, string name) =>
        Assert.Contains(("person_finance", name), Entities(text));

    [Theory]
    [InlineData("访谈纪要：受访者 何丽萍，退休教师，谈到社区养老服务", "何丽萍")]
    [InlineData("回访登记：被访者龚建华，问卷第3题未答", "龚建华")]
    [InlineData("调查对象：雷秀英（编号B-22），独居，需每周探访", "雷秀英")]
    public void SurveyRespondentsAndInterviewees_AreRecordRoles(string text, string name) =>
        Assert.Contains(("person_record", name), Entities(text));

    [Theory]
    [InlineData("会员费值不值得交，山姆和开市客哪个好")]
    [InlineData("受访者知情同意书应该包含哪些条款")]
    public void RoleWordsWithoutAName_DoNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type.StartsWith("person_", StringComparison.Ordinal));

    [Theory]
    [InlineData("本文为“内部文件”，以下是渠道返点调整方案，请帮我润色")]
    [InlineData("以下内容属「內部資料」：分公司合併時間表，幫我改成條列")]
    public void AQuotedClassSaidOfThisText_IsAMarker(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("本文为原创，转载请注明出处")]
    [InlineData("哪些材料算“内部文件”？有判断标准吗")]
    public void TextsThatOnlyTalkAboutAClass_AreNoMarker(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("实名认证老是通不过，我填的 130102198604171235 有问题吗")]
    [InlineData("民宿让实名登记，我报的是 370203199112050418")]
    public void AnIdNumberAfterAnIdentityCheck_CountsWhateverItsCheckDigit(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "cn_resident_id");

    [Theory]
    [InlineData("身份证最后一位怎么算：17位数字依次乘 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 再相加")]
    [InlineData("weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]  # 身份证校验")]
    public void TheCheckDigitWeights_AreNoId(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "cn_resident_id");

    [Theory]
    [InlineData("取件短信：收件人手机 159****3307，请凭取件码取件")]
    [InlineData("中奖名单里手机号 137xxxx5126 的用户，这是真的吗")]
    public void AMaskedMobile_IsNoPhone(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type is "phone" or "cn_mobile");

    [Fact]
    public void AnUnmaskedMobile_IsStillAPhone() =>
        Assert.Contains(Entities("我手机 15933071234，收不到验证码"), e => e.Type is "phone" or "cn_mobile");
}
