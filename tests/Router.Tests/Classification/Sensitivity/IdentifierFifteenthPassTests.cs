using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the fifteenth pass (issue 15, session 23), from the twelfth author's classes. Found: a spaced SSN on a W-2,
/// IBANs whose account part holds letters (the digit gate no longer needs six digits), a mobile after "hp" / "mob", vendor
/// tokens whose body holds '-' or '_' (GitLab's glpat/gldt/glrt…), a platform's app secret pasted after its label, and a card
/// told in named parts across two messages. Not identifiers: AWS's documentation keys, an elided key, a 身份证 whose tail is
/// masked, private IPv6 addresses, lists of emergency and service numbers, and number-heavy business text. Messages of one
/// request are split at U+241E. Every value and sentence is written for these tests (checksums generated).
/// </summary>
public sealed class IdentifierFifteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) =>
        [.. Classifier.Classify(text.Split('\u241E'), SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("Filling in my W-2 info for the tax app: box a, employee SSN 244 76 8917, wages 58,200.")]
    [InlineData("From the W-2 my employer sent: Employee's social security number 134 48 9895. Is box 12 code D taxable?")]
    [InlineData("W2 box a: 486 81 9517 — can you check what box 14 means?")]
    [InlineData("my W-2 shows SSN 068 78 0216 but the 1099 has a different one, which is right?")]
    [InlineData("Form W-2 (2025)\nEmployee SSN: 859 61 4250\nEmployer EIN: 84-2210931")]
    [InlineData("W-2 for Dana Kowalski, SSN 565 30 3142, box 1 wages 71,400, box 2 withholding 9,120")]
    [InlineData("Copy B of my W-2: SS# 736 61 8864, please help me read box 12")]
    [InlineData("employee ssn on w2 = 858 71 7805")]
    [InlineData("W-2 box a 244 76 8917")]
    [InlineData("my w-2: 134 48 9895 is the number in box a, and box 1 is 41,200")]
    public void SpacedSsn_OnAWageForm_IsAnSsn(string text) =>
        Assert.Contains("us_ssn", Types(text));

    [Theory]
    [InlineData("W-2 box 1 shows 58 200 and box 2 shows 9 120; box 12 code D 4 500. why different from my pay stub?")]
    [InlineData("The W-2 form has boxes a through f; box a holds the SSN in the form 123 45 6789 format style, what is box d?")]
    [InlineData("W-2 control number 000 12 3456 — what is box d used for?")]
    [InlineData("My W-2 shows wages of 412 55 1800 in three boxes? No wait: 41,255 and 1,800.")]
    public void WageFormAmounts_NotAnSsn(string text) =>
        Assert.DoesNotContain("us_ssn", Types(text));

    [Theory]
    [InlineData("Please wire the deposit to my account, IBAN SA9790X432CF1TKSCXEIV05T.")]
    [InlineData("My IBAN: GB38 CAVA 3307 6661 9345 14")]
    [InlineData("pay me here: NL27GOQG2661663049 (Al Rajhi)")]
    [InlineData("Bank details — IBAN IE65 CCCG 9309 5597 2979 26 — beneficiary me")]
    [InlineData("收款账户 IBAN：BH60QIHXPGQVIXB48EUZ4H")]
    [InlineData("send the refund to BG46 EOKV 8929 00UM J214 U4 thanks")]
    [InlineData("IBAN FR109111146569TSTY5XW1J5U03 BIC ABCDXXYY")]
    [InlineData("my account number (IBAN) is IT10 Z336 3953 227M 24HA 7SUH DQO")]
    [InlineData("Please wire the deposit to my account, IBAN SM21Y2017185133UGB0UY2BEHMY.")]
    [InlineData("My IBAN: MC41 3361 4854 05W5 2SLZ QHV1 D16")]
    [InlineData("pay me here: GI43UFQQZGJODJ9YXHVCQY7 (Al Rajhi)")]
    [InlineData("Bank details — IBAN MT91 QKDG 6904 212C 9E0I KMFV 6V7W GCX — beneficiary me")]
    [InlineData("收款账户 IBAN：CY8523214616QY8CP16CMN7WLWC4")]
    [InlineData("send the refund to LV87 EVOC 6KPT RWMR DN02 C thanks")]
    [InlineData("IBAN LU97954H7AP8LYNRBPDB BIC ABCDXXYY")]
    [InlineData("my account number (IBAN) is KZ83 168V D7P1 76FG SPW3")]
    [InlineData("Please wire the deposit to my account, IBAN PK66MFMPAVY3RVQIXPJNXIUH.")]
    [InlineData("My IBAN: QA32 DZXO 9F73 QT7D 3MX9 7NS8 QTGQ N")]
    [InlineData("pay me here: JO73INAT0138H45AZFNUUMDLLV847S (Al Rajhi)")]
    [InlineData("Bank details — IBAN KW77 VOJY 04JD 5JVK I9EM KN7K SHSX JT — beneficiary me")]
    [InlineData("收款账户 IBAN：LB498082I1R4YJY5L5H6K5196RFE")]
    [InlineData("send the refund to GE86 AZ61 7808 5016 6232 62 thanks")]
    [InlineData("IBAN AZ43GSHTUWESBHPBJZZUGVPLZ5UE BIC ABCDXXYY")]
    [InlineData("my account number (IBAN) is BR94 2948 8029 2032 2154 9817 719R W")]
    [InlineData("Please wire the deposit to my account, IBAN PS09CVEDPT7S0OUFI7T0D9IOYJLPZ.")]
    [InlineData("My IBAN: RO59 FGMB T56E 2A7R Q4LR W8D9")]
    [InlineData("pay me here: UA05924848EMWW9CXC1C58FUQLL5N (Al Rajhi)")]
    [InlineData("Bank details — IBAN CH93 4539 5ABZ 4T2P B8JO 1 — beneficiary me")]
    [InlineData("收款账户 IBAN：LI48002676UMQQIVTQR77")]
    [InlineData("send the refund to GT72 XFYJ PF4N YQAE Q746 X87Y T0IF thanks")]
    [InlineData("IBAN AL1540355702ZCYFC36JKHQ8LSQ5 BIC ABCDXXYY")]
    [InlineData("my account number (IBAN) is MK12 834B EH85 T4SX 480")]
    [InlineData("Please wire the deposit to my account, IBAN SV66APBF18557084888292196378.")]
    [InlineData("My IBAN: VG77 KETA 9768 7401 1298 9392")]
    [InlineData("pay me here: LC97XOQX20FQX95PZJUR42EIG7ZFQT5E (Al Rajhi)")]
    [InlineData("Bank details — IBAN TR08 8273 63TJ USVB VDYO Q43H NH — beneficiary me")]
    [InlineData("收款账户 IBAN：OM75671OKGX3JPFV2C9W82D")]
    [InlineData("send the refund to YE62 LTGE 0079 0J4D ZM7N FG5R 7PV3 VO thanks")]
    [InlineData("IBAN MU92MFAZ0765002216845609985MNR BIC ABCDXXYY")]
    [InlineData("my account number (IBAN) is SC84 PAET 3434 3380 8603 8781 9854 LDA")]
    [InlineData("Please wire the deposit to my account, IBAN IQ03PHUH552821114178702.")]
    [InlineData("My IBAN: BY92 EB0U 9244 QGPO 83A7 2CIM Y7PL")]
    [InlineData("pay me here: DO49GVR725049924645317358480 (Al Rajhi)")]
    [InlineData("Bank details — IBAN RU76 2028 1145 0841 870D 4N0X GFVP JY6U P — beneficiary me")]
    public void IbanWithLettersInItsAccountPart_IsAnIban(string text) =>
        Assert.Contains("iban", Types(text));

    [Theory]
    [InlineData("What is the structure of a Saudi IBAN? It has SA, two check digits, a bank code and 18 account characters.")]
    [InlineData("Sample IBAN format: SAkk bbcc cccc cccc cccc cccc (placeholders)")]
    [InlineData("Order ref SA44 2000 0001 2345 6789 1235 is a made-up SKU, not an account")]
    [InlineData("The flight SA2076 to Riyadh leaves at 09:40, booking code QX7TLM.")]
    public void IbanTalk_NotAnIban(string text) =>
        Assert.DoesNotContain("iban", Types(text));

    [Theory]
    [InlineData("hp 9532 6948 (whatsapp ok)")]
    [InlineData("Contact: Mr Tan, hp 8307 2252")]
    [InlineData("my h/p 81906431")]
    [InlineData("HP: 9280 1122 call after 6pm")]
    [InlineData("mobile 93909926 (sg)")]
    [InlineData("cell 84621160 text anytime")]
    [InlineData("mob 96301217")]
    [InlineData("手机 9684 8007")]
    [InlineData("電話 81012619")]
    [InlineData("WhatsApp 8336 5767")]
    [InlineData("Telegram me at 9833 4659")]
    [InlineData("Reach Priya on hp 9713 8230 for the keys")]
    [InlineData("pls sms my HP 9313 8992")]
    [InlineData("Ah Beng hp no. 83617938")]
    public void MobileAfterALocalAbbreviation_IsAPhone(string text) =>
        Assert.NotEmpty(Types(text));

    [Theory]
    [InlineData("HP 8300 Elite desktop, which is better than an HP EliteDesk 800 G6?")]
    [InlineData("the engine makes 9120 hp at 8800 rpm")]
    [InlineData("HP LaserJet part number 8812 4410 — where can I buy it?")]
    [InlineData("HP printer serial 84720015 keeps jamming")]
    [InlineData("HP 91234567 toner cartridge compatible?")]
    public void BrandsAndEngines_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("GITLAB_TOKEN=glpat-zw5_r0wblLT8jOj--GHP6lA")]
    [InlineData("here is my gitlab PAT glpat-nRz7759tsjq2__yN_o1h3--tzZF please use it for the CI")]
    [InlineData("stripe key sk_live_S2pgGEMCoEl5EsepFE8K0ydN")]
    [InlineData("SENDGRID_API_KEY=SG.0T0-T__IbWWOmAZFu6xLlB3.jbPLHybo02rNbJXHUpyUlc--HuLGSlFeK--IUcmxlrFfW")]
    [InlineData("pypi token pypi-AgEIcHlwaS5vcmctyZeI15uQCWTx__GYlfexy_wk3Dlqk6fe1aut57uu1bmd5B041Sh5b6j9UrH27X")]
    [InlineData("OPENAI_API_KEY=sk-proj-XHX4zEQqQRNISrKSk58pZ0bWrHdm1-__Qussq72srsfe2qKtjz4IJWUaxP8ox7Y")]
    [InlineData("ANTHROPIC_API_KEY=sk-ant-api03-c0mdsNxblFASfGKJ9E2ZNd2UhO_zDQfJ5U53Z4Sf0-W9S1Xbf8RKrCByr5cjNYNPf7705Y38IzywEmxV9L6f51HSGkRSAA")]
    [InlineData("hf token 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")]
    [InlineData("npm token: npm_T7hYwPjfmrxp8ej4tf8kVelTDpInqEnsfwG2")]
    [InlineData("square: sq0atp-AFwCE6w__YyNW-tj8gbCjsBED")]
    [InlineData("vault token hvs.fwfhIssq2pvn8aGO5NHDV3QU__LB7eMSGDoVgNBjzOiJ8gbXCMpmA91v90_zpTA5DsrzcBW1Vtm5wl2RMOkcYuK19zSd3EdIME")]
    [InlineData("github: github_pat_11I21HP46BFMJTDDW7CX3V_0qux2o8e7Knba--BIzaZfT9DiaITMU6OGkFQzdIOgfO9iDQmNnR1l-gTX84y")]
    [InlineData("slack bot token xoxb-21915242013-83152688809-bhzveJ8q7Y_qd3lwr--0ChD86Cw")]
    [InlineData("gitlab deploy token gldt-ecBEPM2--GHAvmq__6bO66SI")]
    [InlineData("gitlab runner glrt-N3j7q_WNloCPPX--8kGkEme")]
    [InlineData("twilio SK46e38971e5ae9d13d7800b08eaa66a2b")]
    [InlineData("google key AIzaQpmZdYW4i1KY__mz0W_QWr0unxKk6zH2X8M")]
    public void VendorTokenWithDashesInItsBody_IsAKey(string text) =>
        Assert.NotEmpty(Types(text));

    [Theory]
    [InlineData("glpat-xxxxxxxxxxxxxxxxxxxx is the placeholder in the GitLab docs")]
    [InlineData("set GITLAB_TOKEN=glpat-your-personal-access-token in .env")]
    [InlineData("Token format: glpat- followed by 20 characters, e.g. glpat-<token>")]
    [InlineData("our branch is named glpat-rotation-script-for-ci-jobs")]
    public void TokenPlaceholdersAndNames_NotKeys(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("WeChat mini program AppID wx0c1b3ed02c139242 AppSecret f6c443682cb0c6b2021d6eb785fcc6d2")]
    [InlineData("appsecret: 9d8076dbc3c7e71ceb245427aaed7b54")]
    [InlineData("公众号 appid=wxe0d869c09d7dd907, secret=e40039aa54fc37ecec18fa35ee22ee76")]
    [InlineData("支付宝 app secret 3d6030df82935712a354a95c79ff9cb8")]
    [InlineData("钉钉 AppSecret：96cbef82c0e2820011740718e3cdb633")]
    [InlineData("飞书 app_secret 5a9ae9059d11fbab23c9c611eb35a91b")]
    [InlineData("微信支付 商户号 1204324496 mch key dc14285319a511522a195a73d5a57d11")]
    [InlineData("APIv3密钥 42edc7fdfc17716d5feeb82555e8f7dc")]
    [InlineData("小程序的 appsecret 是 3d288aa6e931e3ac66a9b97809c299ca 帮我看看为什么登录失败")]
    [InlineData("Feishu App Secret 6d548df45891d4305d4209c6e6e685a0")]
    public void PlatformAppSecret_IsASecret(string text) =>
        Assert.NotEmpty(Types(text));

    [Theory]
    [InlineData("AppSecret is a 32-character hex string you get from the WeChat console; where do I find it?")]
    [InlineData("appsecret: <your-app-secret>")]
    [InlineData("commit a509dc5f982127721d32ee7154228034 fixed the login bug")]
    [InlineData("file md5 5b7b27363343c4f968fe0b79e2decb3e matches the release")]
    [InlineData("the AppID is wx8c9a5258f39108de; the app secret is in the console, not here")]
    public void AppSecretTalkAndHashes_NotSecrets(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("first part of my card is 41983444\u241Eand the rest 17476617")]
    [InlineData("card first half 5143 5545\u241Eok second half 8228 4207")]
    [InlineData("the first 8 digits of my visa: 2221 1195\u241Elast 8 digits: 0143 6692")]
    [InlineData("amex starts 3779 119952\u241Eand the rest is 17836")]
    [InlineData("卡号前半部分 60114793\u241E后半部分 74841112")]
    [InlineData("I'll send my card in two parts. first part: 3544-1026\u241Eand the remaining part: 1891-6721")]
    [InlineData("first part 4198 3444\u241Eand the rest 1747 6617")]
    [InlineData("the number on my debit card, first bit: 514355\u241Erest: 4582284207")]
    public void CardToldInPartsAcrossMessages_IsACard(string text) =>
        Assert.NotEmpty(Types(text));

    [Theory]
    [InlineData("first part of the order is 1234 5678\u241Eand the rest 9012 3456 ships monday")]
    [InlineData("first part: chapters 1-4\u241Eand the rest: chapters 5-12")]
    [InlineData("the first half scored 2 1\u241Ethe rest of the match ended 4 3")]
    public void PartsThatAreNoCard_NotACard(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("AWS docs example: aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("In the tutorial they use AKIAI44QH8DHBEXAMPLE and je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY as sample credentials")]
    [InlineData("~/.aws/credentials\n[default]\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nwhy does boto3 say invalid?")]
    [InlineData("my key starts sk-... and the rest is hidden, why does the API say 401?")]
    [InlineData("the key looks like sk-proj-abc123...xyz, is that the right format?")]
    [InlineData("OPENAI_API_KEY=\"sk-...your key here...\"")]
    [InlineData("Here is my masked key: sk-****************************3kQz")]
    [InlineData("I set OPENAI_API_KEY=sk-proj-Qf3k...9TzA and it still fails")]
    [InlineData("key: sk-ant-api03-AbC1…xYz9 (truncated)")]
    [InlineData("身份证号 110105199003XXXXXX 这种打码的格式可以吗")]
    [InlineData("身份证 4401061990********，后面的我不写了")]
    [InlineData("身份证：11010519900307XXXX")]
    [InlineData("the ID shown on the form is 320102198805XXX — partially masked")]
    [InlineData("our NAS has ULA address fd3c:8a21:77e4::20, can I use it from outside?")]
    [InlineData("my printer got fd00:1:2:3::45 as its IPv6 address")]
    [InlineData("Set the server to fdab:cd12:3456:1::10 and the gateway to fdab:cd12:3456:1::1")]
    [InlineData("Emergency numbers in China: 110 police, 119 fire, 120 ambulance, 122 traffic accidents.")]
    [InlineData("紧急电话：110、119、120、122，记住这些号码")]
    [InlineData("in an emergency call 110 / 119 / 120 / 999")]
    [InlineData("Order #4820-11937-55 shipped, tracking 1Z 999 AA1 01 2345 6784, invoice INV-2025-004417")]
    [InlineData("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, version 4.18.2.1")]
    [InlineData("coordinates 31.2304, 121.4737 and 39.9042, 116.4074; order 2025112733815")]
    [InlineData("Invoice number 2025-0941-5521-8803, PO 4500118822, amount 1,284.50")]
    [InlineData("FedEx tracking 7712 3456 7890 and DHL 1234567890")]
    public void SamplesMaskedElidedPrivateAndServiceNumbers_NotIdentifiers(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("my aws key AKIAR7NWS4HHUAHN2Z4O from our example project")]
    [InlineData("my 身份证 is 110105199003073280 (the system rejects its check digit)")]
    [InlineData("my home server is at 82.165.136.134")]
    [InlineData("my key sk-proj-RCs8HV62bdMGQsSb053m3--y-6V7Vk5XXTr5mxFWMaAy0opCfCG stopped working")]
    [InlineData("example of my real card that got declined: 2221119501436692")]
    // The exemptions' cue words with the writer's own values (GUIDE 3b): a real first-generation or check-X 身份证, a password
    // that holds dots, a long key cut by dots, a phone beside emergency numbers.
    [InlineData("我的身份证 320102880512123，帮我查一下")]
    [InlineData("身份证 32010219880512341X 是我的，系统说打码了？")]
    [InlineData("my wifi password: Tr0ub4dor...3x")]
    [InlineData("OPENAI_API_KEY=sk-proj-8fJ2kLm9Qw4RtUv6...Zx7Vb3Nn1Ty5Pq0WsHj2K")]
    [InlineData("emergency 110, 119 and my cell 13812345678")]
    [InlineData("hp 9123 4567 is my handphone, the HP laptop is broken")]
    public void TheWritersOwnValues_StillFound(string text) =>
        Assert.NotEmpty(Types(text));
}
