using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the thirteenth pass (issue 15, session 21). False positives removed first: a wallet's or receipt's masked
/// card tail with other numbers after it; placeholder values (one digit repeated, a tail of one digit, a straight run shown as
/// an example); private addresses in log lines and error messages; dates in any script read as a phone after a number word;
/// part and SKU codes whose digit groups hang on a letter group by a dash. Phones found: Traditional and Cantonese call words
/// (致電, 打俾), Brazilian chat words and the (dd) 9xxxx-xxxx shape, and call words of more languages. Every value and
/// sentence is written for these tests.
/// </summary>
public sealed class IdentifierThirteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(params string[] texts) => [.. Classifier.Classify(texts, SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("Statement line: card ending 2286 declined 14:05, ref 7730 4418 2291 — why?")]
    [InlineData("Wallet shows the token card •••• 6604; the terminal slip says 5512 8830 1194 as the auth trace")]
    [InlineData("Apple Pay receipt\nDevice Account Number: ••••3318\n4410 2207 9925 trace")]
    [InlineData("charged on the card, last four 9913, refund id 6620 1187 4403")]
    [InlineData("Visa **** **** **** 4471\n8820 1173 5509 is the dispute number")]
    [InlineData("Mastercard ending in 0927 — receipt no. 3391 7720 4418")]
    public void MaskedCardTail_ThenOtherNumbers_NotACard(string text) =>
        Assert.DoesNotContain("payment_card", Types(text));

    [Theory]
    [InlineData("my card number is 5425 2334 3010 9903")]
    [InlineData("card ending 2286, the full one is 4539 1488 0343 6467")]
    [InlineData("**4539 1488 0343 6467** is the card I used")]
    [InlineData("ref5425233430109903 appears on my statement, is that my Mastercard?")]
    [InlineData("ref 4539 1488 0343 6467 was charged twice")]
    public void Cards_StillFound(string text) =>
        Assert.Contains("payment_card", Types(text));

    // A bare "ref" names no business number strongly enough to veto a checksum-valid identifier after it.
    [Theory]
    [InlineData("ref 12 110105198804122310 is on the form")]
    [InlineData("ref110105198804122310")]
    public void ResidentIdAfterBareRef_StillFound(string text) =>
        Assert.Contains("cn_resident_id", Types(text));

    [Theory]
    [InlineData("Hint text for the field: phone 000-000-0000")]
    [InlineData("The mock row has mobile 333-333-3333 and fax 444 444 4444")]
    [InlineData("Placeholder rows: phone 123-456-7890 for every customer")]
    [InlineData("ssn field default 222-22-2222 until the user types theirs")]
    [InlineData("passport number X0000000 in the sample fixture")]
    [InlineData("种子数据里手机号统一填 13900000000")]
    [InlineData("Use a dummy such as (987) 654-3210 in the screenshots")]
    public void Placeholders_NotIdentifiers(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("my mobile is 98765 43210, call after six", "phone")]
    [InlineData("reach me on 415-882-1937 tonight", "phone")]
    [InlineData("SSN 536-22-8190 for the W-4", "us_ssn")]
    [InlineData("我的手机 13912345678", "cn_mobile")]
    public void RealLookingValues_StillFound(string text, string type) =>
        Assert.Contains(type, Types(text));

    [Theory]
    [InlineData("upstream connect error: 10.12.4.7:9000 refused the connection")]
    [InlineData("Dec 02 04:11:17 web01 sshd[3310]: Failed password for root from 192.168.77.14 port 40022")]
    [InlineData("psql: could not connect to server at 172.20.0.9:5432")]
    [InlineData("[warn] health check of 10.44.0.3 timed out after 5s")]
    [InlineData("kernel: eth1 got link-local 169.254.33.2, DHCP failed")]
    [InlineData("ERROR dial tcp [fd12:3456:789a::14]:443: connect: connection refused")]
    [InlineData("java.net.ConnectException: 10.0.8.21 (Connection refused)")]
    public void PrivateAddresses_InLogsAndErrors_NotFound(string text) =>
        Assert.DoesNotContain("ip_address", Types(text));

    [Theory]
    [InlineData("my home connection is 81.2.69.160 and the forum banned it")]
    [InlineData("服务器地址 192.168.10.31，端口 9090")]
    [InlineData("error logs show the attacker at 81.2.69.160")]
    public void Addresses_StillFound(string text) =>
        Assert.Contains("ip_address", Types(text));

    [Theory]
    [InlineData("फ्लैट नंबर ७०३ में २१/११/२०२६ को गृहप्रवेश है")]
    [InlineData("कमरा नंबर ५१२, तारीख २०२६-१२-१९ शाम को")]
    [InlineData("नंबर १५ ०८ २०२५ ३०४")]
    [InlineData("flat number 703, 21/11/2026 for the housewarming")]
    [InlineData("শিক্ষার্থী নম্বর ছাড়া তারিখ ০৯.১০.২০২৬ লিখুন")]
    public void DatesAfterNumberWords_NotPhones(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Fact]
    public void DevanagariMobile_StillAPhone() =>
        Assert.Contains("phone", Types("मेरा मोबाइल नंबर ९१२३४ ५६७८० है"));

    [Theory]
    [InlineData("The mobile charger AD-3390-1174 or AD-3390-1175, which is faster?")]
    [InlineData("phone stand PS-7720-4418 in grey")]
    [InlineData("smoke and contact sensor KX-5512-8830 keeps beeping")]
    [InlineData("catalog no. 512-330-8812 for the hinge")]
    [InlineData("P/N 445-2291-07 superseded the cell tray")]
    [InlineData("熱線去年接到 23456780 次致電")]
    public void PartCodes_NotPhones(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("Tel-0171 2345678 for the office")]
    [InlineData("有問題請致電 6392 1184 搵李小姐")]
    [InlineData("落咗單就打俾我 9238 4471")]
    [InlineData("請於星期一至五致電28830194")]
    [InlineData("me chama no zap 21 99431-2287")]
    [InlineData("chama no whats, (31) 98812-4470")]
    [InlineData("meu cel (41) 99120-3385")]
    [InlineData("liga pra mim 11 97731-2208 amanhã")]
    [InlineData("hubungi nomor hp 0857 2210 3394")]
    [InlineData("tawagan mo ako 0917 442 1180")]
    [InlineData("mera number 91234 56780 hai")]
    [InlineData("số điện thoại của tôi 0903 118 442")]
    public void PhonesAfterCueWords_Found(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("o CEP 04538-133 fica no Itaim?")]
    [InlineData("zap: 11 lojas abriram em 2026")]
    [InlineData("(11) 3 lojas fecharam")]
    public void BrazilianNonPhones_NotPhones(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("Seed fixtures for the demo:\nhelpdesk: (212) 555-0143\nzip: 00000")]
    [InlineData("event: pod worker-7c9 restarted, podIP 10.52.3.18, exit code 1 — is it the probe?")]
    [InlineData("Spare kit 7710-2290-4418 and 164-3391-2208 (o-ring), which one is in stock?")]
    [InlineData("Gas meter readings: 031 447 120 → 031 452 906 over the month, average per day?")]
    public void TuningClasses_NotIdentifiers(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("hp: 9184 2276 — ask the driver to ring this", "phone")]
    [InlineData("رقم الموبايل: ٠١٢٢٤٥٨٧٧٣١ للمندوب", "phone")]
    [InlineData("номер карты 2207 4410 8832 1194, списали дважды", "payment_card")]
    [InlineData("số thẻ 9704 2288 1134 6670 bị khóa, giúp tôi với", "payment_card")]
    [InlineData("我的手机 16612345678，到了打给我", "cn_mobile")]
    public void MoreLanguagesCueWords_Found(string text, string type) =>
        Assert.Contains(type, Types(text));
}
