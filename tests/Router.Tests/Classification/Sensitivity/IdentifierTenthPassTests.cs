using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the tenth pass (issue 15, session 18): IBAN groups parted by a tab or a wide gap, a phone number cut
/// inside a group across messages, local numbers after Polish, Nordic, Hungarian, Greek and Spanish phone words, declined
/// passport labels, and a licence named by its Australian state or Canadian province. IBANs are generated with their
/// check digits for these tests; the other values are written for them.
/// </summary>
public sealed class IdentifierTenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(params string[] texts) => [.. Classifier.Classify(texts, []).Entities.Select(e => e.Type)];

    private static string Groups(string value, string gap) => string.Join(gap, value.Chunk(4).Select(c => new string(c)));

    [Theory]
    [InlineData("\t")]
    [InlineData("  ")]
    [InlineData("\t\t")]
    [InlineData(" \t")]
    public void Iban_GroupsPartedByAWideGap_Found(string gap)
    {
        var factory = new SensitiveValueFactory(new Random(1800 + gap.Length + gap[0]));
        for (var n = 0; n < 25; n++)
        {
            var iban = factory.Iban();
            Assert.Contains("iban", Types($"IBAN:{gap}{Groups(iban, gap)}"));
            Assert.Contains("iban", Types($"please pay {Groups(iban, gap).ToLowerInvariant()} today"));
        }
    }

    [Fact]
    public void Iban_WideGapsAroundAWrongCheck_NothingFound()
    {
        var factory = new SensitiveValueFactory(new Random(1818));
        for (var n = 0; n < 25; n++)
        {
            Assert.DoesNotContain("iban", Types($"IBAN\t{Groups(factory.Iban(valid: false), "\t")}"));
        }
    }

    [Theory]
    [InlineData("call me on +44 7911", "238405")]
    [InlineData("+44 20 79", "46 3172")]
    [InlineData("my mobile is +44 7911 23", "8405 thanks")]
    [InlineData("phone 020 79", "46 3172")]
    [InlineData("ring me: 0161 49", "6 2087")]
    public void Phone_CutInsideAGroupAcrossMessages_Found(string first, string second) =>
        Assert.Contains(Types(first, second), t => t is "phone" or "cn_mobile");

    [Fact]
    public void Phone_CutInsideAGroupOnTwoLines_Found() =>
        Assert.Contains("phone", Types("you can reach me on +44 7911\n238405 after six"));

    [Theory]
    [InlineData("score 4521 79", "46 3172 points")] // no '+' and no phone word
    [InlineData("rows 2020 79", "46 3172")]
    [InlineData("+2", "3")]
    public void Phone_NumbersAroundABreakWithoutPhoneEvidence_NoPhone(string first, string second) =>
        Assert.DoesNotContain(Types(first, second), t => t is "phone" or "cn_mobile");

    [Theory]
    [InlineData("numer telefonu 22 431 76 58")]
    [InlineData("mój numer 601 738 254, dzięki")]
    [InlineData("zadzwoń 512847306")]
    [InlineData("tlf 23 45 67 89")]
    [InlineData("telefonszám: 06 1 234 5678")]
    [InlineData("τηλέφωνο 210 7234567")]
    [InlineData("mobil 070-312 45 67")]
    [InlineData("mi fijo es 91 234 56 78")]
    public void Phone_LocalNumberAfterAnotherLanguagesPhoneWord_Found(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("numer paszportu EC4819273")]
    [InlineData("номер паспорта 75 4813926")]
    [InlineData("pasaportu numarası U27419385")]
    [InlineData("Nummer des Reisepasses C4F7X2K9M")]
    public void Passport_AfterADeclinedLabel_Found(string text) =>
        Assert.Contains("passport_number", Types(text));

    [Theory]
    [InlineData("K49201738 is my passport number")]
    [InlineData("the number K49201738 (passport) is on the form")]
    [InlineData("K49201738 – passport no., issued 2021")]
    [InlineData("G30918475 是我的护照号码")]
    public void Passport_LabelRightAfterTheNumber_Found(string text) =>
        Assert.Contains("passport_number", Types(text));

    [Theory]
    [InlineData("order K49201738 shipped; passport photos are extra")]
    [InlineData("K49201738 is my booking reference, bring your passport")]
    [InlineData("Booking 583920174 - passport holders only")]
    public void Passport_LabelFartherAfter_NotAPassport(string text) =>
        Assert.DoesNotContain("passport_number", Types(text));

    [Theory]
    [InlineData("QLD licence 082 561 943")]
    [InlineData("Saskatchewan licence 71829364")]
    [InlineData("SA licence number S73819")]
    [InlineData("Newfoundland licence A281937465")]
    [InlineData("my Victorian licence no. 0382915746")]
    [InlineData("NSW licence: 4172 93AB")]
    public void DriverLicence_NamedByItsStateOrProvince_Found(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("Apache License 2.0, copyright 2004-2024")]
    [InlineData("the software licence key is 12345678")]
    [InlineData("Ontario licence plate 1234 ABC")]
    [InlineData("NSW licence fees rose 12.5% in 2023")]
    [InlineData("TSA licence 71829364")]
    public void DriverLicence_OtherLicences_NothingFound(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));
}
