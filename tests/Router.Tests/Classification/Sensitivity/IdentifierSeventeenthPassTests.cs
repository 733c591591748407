using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the seventeenth pass (issue 15, session 25), from the fourteenth author's classes. Found: nine bare SSN digits
/// that a tax or employment form in the sentence names (W-4, 1040, 1099, I-9, "step 1", TIN); national mobiles without a country
/// code placed by a country, city or operator word; US licence numbers cut by dashes after a plain licence word; database URL
/// passwords holding '#', '?' or '!'. Not identifiers: record ids that read as a number dialled abroad, masked international
/// mobiles, proxy and GC log lines, private and carrier-grade NAT addresses in monitoring text, USSD codes near an operator's
/// name, example numbers in a question about a format, queue metrics. Every value and sentence is written for these tests.
/// </summary>
public sealed class IdentifierSeventeenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) =>
        [.. Classifier.Classify(text.Split('\u241E'), SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    private static bool Sensitive(string text) =>
        Classifier.Classify(text.Split('\u241E'), SensitivityScope.WithTerms([])).IsSensitive;

    [Theory]
    [InlineData("Filling my W-4 now, step 1(a) wants it so I typed 518203947 — correct format?")]
    [InlineData("On the 1040 I wrote 623184075 in the first box, is that ok without dashes?")]
    [InlineData("My 1099-NEC from the client lists my TIN as 487220139, should it show dashes?")]
    [InlineData("I-9 section 1: I entered 531608274 — does E-Verify accept it unformatted?")]
    [InlineData("W-2 box a shows 402917365 but my card has it with dashes, is that a problem?")]
    [InlineData("I typed 219447803 in step 1 of the withholding form — did I mess up the rest?")]
    [InlineData("For the W-9 the vendor portal has 356018224 as my number, can you check the rest?")]
    public void BareNineDigits_OnATaxForm_IsAnSsn(string text) =>
        Assert.Contains("us_ssn", Types(text));

    [Theory]
    [InlineData("W-4 step 3: I claimed 2000 for dependents, and 412739856 is the employer's EIN")]
    [InlineData("My 1040 confirmation code is 518273645, when will it process?")]
    [InlineData("Order 412739856 shipped with the W-2 forms I bought for the office")]
    [InlineData("1099 filing: the form batch is 300145789 — how do I resubmit?")]
    [InlineData("W-2 box 1 wages 402917365 cents?")]
    [InlineData("Call me on 412739856 about the W-4 form")]
    public void NineDigits_NamedAsAnotherNumber_NotAnSsn(string text) =>
        Assert.DoesNotContain("us_ssn", Types(text));

    [Theory]
    [InlineData("Latvian number 2614 5532 is my landlord's, save it in the contacts")]
    [InlineData("My Qatari number 5512 8834 is the one on the visa form")]
    [InlineData("Safaricom number 0722 418 903 is my driver's — put it in the trip notes")]
    [InlineData("Caracas 0414-733.21.90 es mi celular, agrégalo al formulario")]
    [InlineData("My Digicel number in Port Moresby is 7134 5278, the agent needs it")]
    [InlineData("Omantel number 9233 1478 is my sister's, add it to the school form")]
    [InlineData("My Kuwaiti phone 6551 2309 should go on the residency renewal")]
    [InlineData("Estonian number 5234 8871 belongs to our driver, put it on the manifest")]
    public void NationalMobile_PlacedByACountryOrOperator_IsAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("Estonian population is about 1331824 according to the census")]
    [InlineData("Latvian order number 2614 5532 shipped yesterday")]
    [InlineData("Ooredoo invoice number 9233 1478 is overdue, who pays it?")]
    [InlineData("My Georgian visa number 577 31 20 98 got rejected")]
    [InlineData("Omantel reported revenue of 5123 4567 rials — is that a lot?")]
    [InlineData("Kenyan tax number 7224 1890 on the form — is that a PIN?")]
    public void NationalNumber_NamedAsAnotherDocument_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("license number S530-4417-2096 for the court date, Illinois")]
    [InlineData("My license no. is W426-7719-5530-12 (Wisconsin), can you fill the DMV form?")]
    [InlineData("licence # B612-448-57-301-2 from Florida, the insurer asks for it")]
    [InlineData("Minnesota license number K903-551-276-408 for the rental counter")]
    [InlineData("license: M220-5518-3377 — for the traffic school signup")]
    [InlineData("my licence is T118-3920-7751-06, can you put it on the parking appeal?")]
    public void LetterLedDashedNumber_AfterAPlainLicenceWord_IsADriverLicence(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("software license number A123-4567-8901 for the activation")]
    [InlineData("order number D415-2278-3310-44 for the appeal")]
    [InlineData("license plate ABC-1234 from Illinois")]
    [InlineData("business license number B612-448-57-301-2 for the food truck")]
    public void DashedNumber_NotAPlainLicence_NotADriverLicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("mysql://billing:Tr7#mQ2!xZ@10.8.1.4:3306/billing — connection refused, why?")]
    [InlineData("postgres://etl_user:Hx9?pL4#w@db.internal:5432/warehouse keeps timing out")]
    [InlineData("mongodb+srv://svc_app:Mn#82kq!Lp@cluster0.ab1cd.mongodb.net/prod")]
    [InlineData("redis://default:Rq#4!tz8@cache-01:6379/0 won't connect")]
    [InlineData("amqp://rabbit:Wq!9#ee3@mq.local:5672/ vhost error")]
    [InlineData("jdbc:mysql://report:Zk#71p!q@10.0.5.20:3306/reports fails on startup")]
    public void DatabaseUrl_PasswordWithPunctuation_IsACredential(string text) =>
        Assert.Contains("url_credentials", Types(text));

    [Theory]
    [InlineData("see https://docs.example.com:8080#section@top for details")]
    [InlineData("the callback is http://host:8080?email=a@b.com")]
    [InlineData("mysql://user:${DB_PASS}@db:3306/app in the template")]
    public void UrlWithPortAndFragment_NoCredential(string text) =>
        Assert.DoesNotContain("url_credentials", Types(text));

    [Theory]
    [InlineData("Salesforce Opportunity ID 00681234567 closed won, write a congrats post")]
    [InlineData("Account ID 00158213349 needs an owner change")]
    [InlineData("case 00512879034 escalated — draft a reply")]
    [InlineData("Lead 00338729105 converted this morning, summary please")]
    [InlineData("The export has 00687512349 in the first column, what object is it?")]
    [InlineData("Record 00 687 512 349 was merged")]
    public void RecordId_ReadAsDialledAbroad_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("Call me on 0044 20 7946 0958 when you land")]
    [InlineData("my phone: 0033612345678 (France)")]
    [InlineData("whatsapp me at 00447911123456")]
    public void DialledAbroad_WithAPhoneWordOrSpaced_IsAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("profile shows phone +44 7700 *** 123 — how do I change it?")]
    [InlineData("The app lists my number as +33 6 ** ** ** 78, is it saved?")]
    [InlineData("SMS sent to +1 415 ***-**92, resend?")]
    [InlineData("Verification code sent to +49 170 ****567")]
    [InlineData("Your number +91 98*** **210 is linked to this account")]
    [InlineData("code sent to +34 6xx xxx 912")]
    public void MaskedInternationalMobile_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("my phone is +49 160 2345 4471, the masked one +49 160 *** ** 4471 is old")]
    [InlineData("new number +44 7700 900123 (the app shows +44 7700 *** 123)")]
    [InlineData("call +33 6 12 34 56 78, the profile shows +33 6 ** ** ** 78")]
    public void OwnNumber_BesideAMaskedOne_IsStillAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("[2025-09-18T07:44:02.311Z] INFO pid=4471 tid=3 gc pause 388ms heap 2.4GB — is that high?")]
    [InlineData("2026-03-02T11:22:33.456+01:00 DEBUG pid=812 GC(14) Pause Young (Normal) 412M->120M(2048M) 12.3ms")]
    [InlineData("[2025-07-21T09:15:00Z] ERROR worker-3 job=nightly-export exit=1 duration=1834s")]
    [InlineData("2026-10-15 08:12:44.120 WARN [main] HikariPool-1 connection is not available, pool 10/10 — fix?")]
    [InlineData("I0614 12:03:04.556 1 controller.go:112] reconciled pod web-7f9c in 43ms")]
    [InlineData("Oct 14 03:12:55 web-02 kernel: Out of memory: Killed process 4411 (java) total-vm:8123456kB")]
    public void LogLine_NotPersonalData(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("HAProxy: 10.0.0.7:51234 [12/Oct/2026:10:22:33.101] fe_https be_api/api2 0/0/1/45/46 200 1834")]
    [InlineData("haproxy[2211]: 192.168.3.4:40500 [05/Nov/2026:11:00:01.500] http-in servers/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/0/0/0 0/0")]
    [InlineData("nginx: 172.16.0.4 - - [03/Nov/2026:09:01:12 +0000] \"GET / HTTP/1.1\" 200 612 \"-\" \"curl/8.4\" 0.004 0.003")]
    [InlineData("envoy: [2026-11-03T09:01:12.004Z] \"GET /api HTTP/1.1\" 200 - 0 512 88 87 \"10.1.2.3\" upstream 10.1.5.6:8080")]
    public void ProxyLogLine_NotAPhone(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("mtr shows 100.100.4.1 then 172.20.1.1 with 40% loss — is the carrier dropping?")]
    [InlineData("nagios alert: load 12.3 on host db-02 10.4.8.19")]
    [InlineData("prometheus alert HighDiskUsage on 192.168.40.12 (node-exporter)")]
    [InlineData("zabbix alert: /dev/sda1 91% (412330 MB) on host web-03 172.16.9.40")]
    [InlineData("traceroute hop 2 is 100.64.12.9 and hop 3 is 10.44.0.1, normal for CGNAT?")]
    [InlineData("grafana alert: host 100.80.3.7 cpu 97% for 10m")]
    public void PrivateOrCgnatAddress_InMonitoringText_NotAnIpAddress(string text) =>
        Assert.DoesNotContain("ip_address", Types(text));

    [Theory]
    [InlineData("my home IP is 81.2.69.160, can you block it?")]
    [InlineData("zabbix alert: public address 81.2.69.160 unreachable")]
    [InlineData("Our office server address is 10.20.30.40, write it in the handover doc")]
    public void PublicOrStatedAddress_IsStillAnIpAddress(string text) =>
        Assert.Contains("ip_address", Types(text));

    [Theory]
    [InlineData("USSD *144# to check balance — does that work on Airtel Uganda?")]
    [InlineData("Dial *100# for balance on Safaricom Kenya?")]
    [InlineData("Does *123*1# show my data balance on Vodacom Tanzania?")]
    [InlineData("Airtel Nigeria USSD *310# balance check not working")]
    [InlineData("Airtel Zambia: *778# for airtime balance?")]
    [InlineData("is *131*2# the loan balance code on Airtel Malawi?")]
    public void UssdCode_NearAnOperator_NotPersonalData(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("Do numbers like 912-70-1234, which start with 9, belong to the IRS's other series?")]
    [InlineData("ITINs have 70 to 88 in the middle, e.g. 981-77-2233 — what about 90 to 92?")]
    [InlineData("Do values such as 955-83-1200 count as valid ITINs?")]
    [InlineData("For example 934-72-5511: which part of the format says it is an ITIN?")]
    public void ItinShape_GivenAsAnExample_NotAnId(string text) =>
        Assert.DoesNotContain("national_id", Types(text));

    [Theory]
    [InlineData("My ITIN is 912-78-4455, can you fill the 1040?")]
    [InlineData("Here's mine: 934-72-5511 — does it count as a valid ITIN?")]
    [InlineData("the tenant's number 955-83-1200, like the lease says")]
    public void ItinShape_OfTheWriter_IsStillAnId(string text) =>
        Assert.True(Sensitive(text));

    [Theory]
    [InlineData("consumer group payments-v3 lag 48211 on partition 12, offset 99812345")]
    [InlineData("Kafka lag 12045 on topic orders partition 3 offset 5512009")]
    [InlineData("RabbitMQ queue billing depth 77123 consumers 4")]
    [InlineData("kafka consumer billing-v1 offset 992211 lag 90210 partition 2")]
    public void QueueMetrics_NotAnAddress(string text) =>
        Assert.False(Sensitive(text));
}
