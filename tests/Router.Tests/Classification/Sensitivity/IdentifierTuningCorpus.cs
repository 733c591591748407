using System.Globalization;
using System.Text;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>One tuning prompt: the texts a request sends (messages, then stop sequences), its kind and label.</summary>
internal sealed record TuningItem(string Kind, bool Sensitive, string[] Texts)
{
    public override string ToString() => string.Join(" ‖ ", Texts).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>
/// Identifier tuning prompts (issue 15, second pass), written from the policy text rather than from the detectors or
/// the held-out files: every card network and length, numbers the text calls a card, resident IDs with wrong check
/// digits and first-generation IDs, phones in national formats after context words, licences of several states and
/// countries, IBANs of many countries, SSNs, vendor credentials, Chinese bank cards and mobiles with separators, and an
/// adversarial generator that respells any of them (glued, format characters, other scripts' digits, split across
/// messages or lines, separators inside, base64, stop sequences, content parts). Negatives are numbers that are not
/// personal: orders, parcels, ISBNs, timestamps, UUIDs, maths, explanations of how card numbers work.
/// </summary>
internal sealed class IdentifierTuningCorpus(int seed)
{
    private readonly SensitiveValueFactory _v = new(new Random(seed));

    private Random R => _v.Random;

    public IReadOnlyList<TuningItem> Build()
    {
        var items = new List<TuningItem>();
        items.AddRange(CardNetworks());
        items.AddRange(CalledACard());
        items.AddRange(ResidentIds());
        items.AddRange(PhonesInContext());
        items.AddRange(DriverLicences());
        items.AddRange(Ibans());
        items.AddRange(Ssns());
        items.AddRange(Credentials());
        items.AddRange(ChineseBankAndMobile());
        items.AddRange(Adversarial());
        items.AddRange(Negatives());
        // Added with the third attack round, after everything else so the earlier items keep their values.
        items.AddRange(ThirdRound());
        items.AddRange(ThirdRoundNegatives());
        return items;
    }

    private static TuningItem Pos(string kind, params string[] texts) => new(kind, true, texts);

    private static TuningItem Neg(string kind, params string[] texts) => new(kind, false, texts);

    // ---- values -------------------------------------------------------------------------------------------------

    private string Luhn(string prefix, int length, bool valid = true)
    {
        var body = prefix + _v.Digits(length - prefix.Length - 1);
        var check = SensitiveValueFactory.LuhnCheckDigit(body);
        return body + (valid ? check : (check + 1 + R.Next(9)) % 10);
    }

    /// <summary>Published ranges: (network, prefix, length).</summary>
    private static readonly (string Network, string Prefix, int Length)[] Networks =
    [
        ("Visa", "4", 13), ("Visa", "4", 16), ("Visa", "4", 19), ("Mastercard", "51", 16), ("Mastercard", "53", 16),
        ("Mastercard", "55", 16), ("Mastercard", "2221", 16), ("Mastercard", "2367", 16), ("Mastercard", "2720", 16),
        ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("Discover", "644", 16), ("Discover", "649", 16),
        ("Discover", "65", 16), ("Discover", "6011", 19), ("Diners", "300", 14), ("Diners", "305", 14), ("Diners", "36", 14),
        ("Diners", "38", 16), ("Diners", "3095", 14), ("JCB", "3528", 16), ("JCB", "3589", 16), ("JCB", "3566", 19),
        ("UnionPay", "62", 16), ("UnionPay", "62", 17), ("UnionPay", "62", 18), ("UnionPay", "62", 19), ("UnionPay", "81", 16),
        ("Maestro", "5018", 12), ("Maestro", "5020", 13), ("Maestro", "5038", 15), ("Maestro", "6304", 16), ("Maestro", "6759", 18),
        ("Maestro", "6761", 19), ("Maestro", "6763", 12), ("Maestro", "5893", 17), ("Maestro", "0604", 16),
        ("Mir", "2200", 16), ("Mir", "2202", 16), ("Mir", "2204", 19), ("Mir", "2201", 17), ("RuPay", "60", 16), ("RuPay", "6521", 16),
        ("RuPay", "508", 16), ("RuPay", "353", 16), ("RuPay", "82", 16), ("Verve", "506099", 16), ("Verve", "506150", 19),
        ("Verve", "650002", 18), ("Verve", "507865", 16), ("Troy", "9792", 16), ("BORICA", "2205", 16), ("UzCard", "8600", 16),
        ("Humo", "9860", 16), ("Elo", "6363", 16), ("Elo", "5067", 16), ("Hipercard", "606282", 16), ("Dankort", "5019", 16),
        ("Interpayment", "636", 16), ("InstaPayment", "637", 16), ("LankaPay", "357111", 16), ("GPN", "1946", 16),
    ];

    private string Formatted(string number)
    {
        return R.Next(6) switch
        {
            0 => number,
            1 or 2 => SensitiveValueFactory.Grouped(number, 4, ' '),
            3 => SensitiveValueFactory.Grouped(number, 4, '-'),
            4 when number.Length == 15 => $"{number[..4]} {number[4..10]} {number[10..]}",
            4 when number.Length == 14 => $"{number[..4]} {number[4..10]} {number[10..]}",
            _ => SensitiveValueFactory.Grouped(number, 4, ' '),
        };
    }

    private string Pick(params string[] options) => options[R.Next(options.Length)];

    private string Expiry() => $"{R.Next(1, 13):00}/{R.Next(26, 31)}";

    // ---- positives ----------------------------------------------------------------------------------------------

    private IEnumerable<TuningItem> CardNetworks()
    {
        foreach (var (network, prefix, length) in Networks)
        {
            if (network is "Maestro" && prefix == "0604" || network is "GPN" or "LankaPay" or "Interpayment" or "InstaPayment")
            {
                continue; // not in the policy's list of ranges unless called a card (below)
            }
            var n = Formatted(Luhn(prefix, length));
            // No card word: the IIN and check digit are the evidence.
            yield return Pos("card_network", Pick(
                $"Refund the deposit to {n}, exp {Expiry()}, thanks.",
                $"Can you check why {n} was declined at checkout yesterday?",
                $"payment details: {n} / {Expiry()} / cvv {R.Next(100, 999)}",
                $"请把退款打到 {n}，有效期 {Expiry()}。",
                $"Use {n} for the hotel booking and put the receipt in the shared folder.",
                $"{n}\nexp {Expiry()}\nname on it: J. Alvarez"));
        }
    }

    private IEnumerable<TuningItem> CalledACard()
    {
        string[] labels =
        [
            "card", "credit card", "debit card", "card no.", "card number", "card #", "Card No:", "CC#", "cc number", "PAN",
            "prepaid card", "gift card number", "corporate card", "bank card", "ATM card", "virtual card", "card num",
            "卡号", "银行卡号", "信用卡号", "借记卡", "储蓄卡卡号", "银行卡", "信用卡", "卡号码", "银联卡", "工资卡",
        ];
        for (var i = 0; i < 40; i++)
        {
            var length = 12 + R.Next(8);
            // A prefix outside every range, or a broken check digit.
            var number = i % 2 == 0 ? Pick("1", "7", "0", "90", "88") + _v.Digits(length - 1) : Luhn(Pick("4", "5", "62"), length, valid: false);
            var n = Formatted(number[..length]);
            var label = labels[i % labels.Length];
            yield return Pos("called_card", label.Any(c => c > 0x7F)
                ? Pick($"我的{label}是 {n}，麻烦帮我查一下余额。", $"{label}：{n}\n持卡人：王**", $"帮我看看{label}{n}为什么被冻结了", $"请往这张{label} {n} 转账")
                : Pick($"My {label} is {n}, please update the billing.", $"{label}: {n}", $"Here's the {label} {n} - exp {Expiry()}",
                       $"The {label} ending the form reads {n}. Is that right?", $"charge {n} (my {label}) for the order",
                       $"Pay with this {label}: {n}"));
        }
    }

    private string FirstGenerationId()
    {
        var region = Pick("110101", "310104", "440305", "320102", "510107", "330106", "420111", "610113");
        var birth = new DateTime(1930, 1, 1).AddDays(R.Next(0, 25000));
        return $"{region}{birth:yyMMdd}{R.Next(0, 1000):000}";
    }

    private IEnumerable<TuningItem> ResidentIds()
    {
        for (var i = 0; i < 24; i++)
        {
            var id = (i % 3) switch { 0 => _v.CnResidentId(valid: false), 1 => FirstGenerationId(), _ => _v.CnResidentId() };
            var shown = R.Next(4) switch
            {
                0 => id,
                1 => id.Length == 18 ? $"{id[..6]} {id[6..14]} {id[14..]}" : $"{id[..6]} {id[6..12]} {id[12..]}",
                2 => id.ToLowerInvariant(),
                _ => id,
            };
            yield return Pos("resident_id", Pick(
                $"身份证号码：{shown}", $"我的身份证是{shown}，帮我填一下表", $"姓名 李娜 证件号 {shown} 联系人 王强",
                $"Resident ID: {shown}", $"his Chinese ID card number is {shown}", $"公民身份号码 {shown}（旧版）",
                $"申请人身份证号 {shown}，请核对", $"入住登记：身份证 {shown}"));
        }
    }

    private IEnumerable<TuningItem> PhonesInContext()
    {
        string[] national =
        [
            "07911 123456", "020 7946 0018", "98765 43210", "9876543210", "0412 345 678", "(02) 9374 4000", "06 12 34 56 78",
            "0151 23456789", "030 1234567", "(415) 555-0132", "090-1234-5678", "03-1234-5678", "(11) 91234-5678", "555-0143",
            "5550143", "6123 4567", "612 345 678", "912 345 678", "010-6552 9988", "(021) 6123-4567", "0755-86013388", "9123 4567",
            "0812-3456-7890", "082 555 1234", "0917 123 4567", "05321234567", "021 123 4567", "087 123 4567", "2345 6789",
            "88 12 34 56", "0470 12 34 56", "07-1234 5678",
        ];
        string[] en =
        [
            "send the messages to {0}", "my registered number is {0}", "text me at {0}", "call me on {0}", "reach me at {0} after 6",
            "WhatsApp: {0}", "you can ring me on {0}", "the OTP goes to my registered mobile {0}", "my mobile no. is {0}",
            "ph: {0}", "Tel. {0}", "mob {0}", "please forward messages to {0} while I travel", "my cell: {0}", "landline {0}",
            "Contact me on {0} for the keys", "her phone number is {0}", "update the contact number to {0}",
            "send an SMS to {0} when the parcel arrives", "my new number: {0}", "best number to reach me: {0}",
        ];
        string[] zh = ["电话：{0}", "手机 {0}", "联系方式：{0}", "联系电话 {0}", "我的手机号是{0}", "有事打我电话{0}", "座机 {0}", "请发短信到{0}"];
        for (var i = 0; i < national.Length; i++)
        {
            var template = i % 4 == 3 ? zh[i / 4 % zh.Length] : en[i % en.Length];
            yield return Pos("phone_context", string.Format(CultureInfo.InvariantCulture, template, national[i]));
        }
    }

    private IEnumerable<TuningItem> DriverLicences()
    {
        string[] numbers =
        [
            "D1234567", "123 456 789", "S530-460-77-123-0", "S530-4626-1234", "12 345 678", "S5304 46261 23456", "S530-4626-1234-05",
            "S-530-462-612-345", "S 530 462 612 345", "MORGA753116SM9IJ", "MORGA 753116 SM9IJ 35", "A123-4567-8901", "1234-5678-9012",
            "WDL-ABC1234-5", "99-123-4567", "K-123-456-789", "B1234-56789-01234", "123-456-789", "H12-34-5678", "440105199001011234",
            "N02-12-345678", "C12-345-67-890", "GA-0123-4567", "X1234567-8",
        ];
        string[] labels =
        [
            "driver's license", "drivers license no.", "Driver License #", "driving licence number", "DL#", "DL no.", "DL:",
            "driver's licence", "Driver's Lic. No.", "DLN", "license number (driver's)", "驾驶证号", "驾照号码", "驾驶证", "driving licence",
            "driver licence no", "state DL", "CDL #",
        ];
        for (var i = 0; i < numbers.Length; i++)
        {
            var label = labels[i % labels.Length];
            yield return Pos("driver_licence", label.Any(c => c > 0x7F)
                ? Pick($"{label}：{numbers[i]}", $"我的{label}是{numbers[i]}")
                : Pick($"My {label} is {numbers[i]}, issued in 2019.", $"{label}: {numbers[i]}", $"Applicant - {label} {numbers[i]} - exp 2029",
                       $"Please verify {label} {numbers[i]} against the rental form."));
        }
    }

    /// <summary>IBAN with correct check digits for a country and BBAN shape.</summary>
    private string Iban(string country, string bban)
    {
        var rearranged = bban + country + "00";
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (v > 9 ? remainder * 100 + v : remainder * 10 + v) % 97;
        }
        return $"{country}{98 - remainder:00}{bban}";
    }

    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private IEnumerable<TuningItem> Ibans()
    {
        (string, Func<string>)[] countries =
        [
            ("DE", () => _v.Digits(18)), ("GB", () => _v.Chars(Upper, 4) + _v.Digits(14)), ("FR", () => _v.Digits(10) + _v.Chars(Upper + "0123456789", 11) + _v.Digits(2)),
            ("NL", () => _v.Chars(Upper, 4) + _v.Digits(10)), ("ES", () => _v.Digits(20)), ("IT", () => _v.Chars(Upper, 1) + _v.Digits(22)),
            ("AT", () => _v.Digits(16)), ("BE", () => _v.Digits(12)), ("CH", () => _v.Digits(17)), ("SE", () => _v.Digits(20)),
            ("NO", () => _v.Digits(11)), ("DK", () => _v.Digits(14)), ("FI", () => _v.Digits(14)), ("IE", () => _v.Chars(Upper, 4) + _v.Digits(14)),
            ("PT", () => _v.Digits(21)), ("PL", () => _v.Digits(24)), ("GR", () => _v.Digits(23)), ("SA", () => _v.Digits(20)),
            ("AE", () => _v.Digits(19)), ("TR", () => _v.Digits(22)), ("BR", () => _v.Digits(23) + "C1"), ("MT", () => _v.Chars(Upper, 4) + _v.Digits(5) + _v.Chars(Upper + "0123456789", 18)),
            ("LU", () => _v.Digits(3) + _v.Chars(Upper + "0123456789", 13)), ("RO", () => _v.Chars(Upper, 4) + _v.Chars(Upper + "0123456789", 16)),
            ("HU", () => _v.Digits(24)), ("CZ", () => _v.Digits(20)), ("HR", () => _v.Digits(17)), ("QA", () => _v.Chars(Upper, 4) + _v.Chars(Upper + "0123456789", 21)),
            ("KZ", () => _v.Digits(3) + _v.Chars(Upper + "0123456789", 13)), ("UA", () => _v.Digits(25)), ("IL", () => _v.Digits(19)), ("PK", () => _v.Chars(Upper, 4) + _v.Digits(16)),
        ];
        foreach (var (country, bban) in countries)
        {
            var iban = Iban(country, bban());
            var shown = R.Next(5) switch
            {
                0 => iban,
                1 => SensitiveValueFactory.Grouped(iban, 4, ' '),
                2 => SensitiveValueFactory.Grouped(iban, 4, ' ').ToLowerInvariant(),
                3 => SensitiveValueFactory.Grouped(iban, 4, ' '),
                _ => "IBAN " + SensitiveValueFactory.Grouped(iban, 4, ' '),
            };
            yield return Pos("iban", Pick(
                $"Please wire the rent to {shown}, reference March.", $"IBAN: {shown}\nBIC: DEUTDEFFXXX", $"my iban is {shown}",
                $"收款账户 {shown}", $"Bank details below\n{shown}\nAccount holder: M. Rossi", $"Kontoverbindung: {shown}"));
        }
    }

    private IEnumerable<TuningItem> Ssns()
    {
        for (var i = 0; i < 12; i++)
        {
            var ssn = _v.UsSsn();
            var shown = (i % 4) switch { 0 => ssn, 1 => ssn.Replace('-', ' '), 2 => ssn.Replace("-", "", StringComparison.Ordinal), _ => ssn };
            yield return Pos("ssn", Pick($"SSN {shown}", $"social security number: {shown}", $"My SS# is {shown}", $"ssn: {shown} dob 04/12/1980",
                $"Employee social security no. {shown}", $"SSN\n{shown}"));
        }
    }

    private IEnumerable<TuningItem> Credentials()
    {
        const string alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var storageKey = _v.StorageKey();
        string[] texts =
        [
            $"aws_access_key_id = {_v.AwsKey()}\naws_secret_access_key = {_v.Chars(alnum + "/+", 40)}",
            $"export AWS_ACCESS_KEY_ID={_v.AwsKey()}",
            $"the key is {_v.AwsKey()} in us-east-1",
            $"DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey={storageKey};EndpointSuffix=core.windows.net",
            $"storage key: {_v.StorageKey()}",
            $"AZURE_STORAGE_KEY=\"{_v.StorageKey()}\"",
            $"Server=tcp:contoso.database.windows.net,1433;Initial Catalog=crm;User ID=app;Password={_v.StrongPassword()};",
            $"\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEv{_v.Chars(alnum, 60)}\\n-----END PRIVATE KEY-----\\n\", \"client_email\": \"svc@proj.iam.gserviceaccount.com\"",
            $"GOOGLE_API_KEY=AIza{_v.Chars(alnum + "-_", 35)}",
            $"token: {_v.GithubToken()}",
            $"git clone https://{_v.GithubToken()}@github.com/contoso/app.git",
            $"SLACK_BOT_TOKEN=xoxb-{_v.Digits(12)}-{_v.Digits(13)}-{_v.Chars(alnum, 24)}",
            $"webhook: https://hooks.slack.com/services/T{_v.Chars(Upper + "0123456789", 8)}/B{_v.Chars(Upper + "0123456789", 10)}/{_v.Chars(alnum, 24)}",
            $"stripe.api_key = \"sk_live_{_v.Chars(alnum, 99)}\"",
            $"OPENAI_API_KEY={_v.OpenAiKey()}",
            $"why does {_v.OpenAiKey()} return 401?",
            $"Authorization: Bearer {_v.Jwt()}",
            $"here is my session cookie {_v.Jwt()}",
            _v.PrivateKey(),
            $"postgres://admin:{_v.StrongPassword()}@db.internal:5432/prod",
            $"mongodb+srv://svc:{_v.Chars(alnum, 16)}@cluster0.abcd1.mongodb.net/test",
            $"redis://:{_v.Chars(alnum, 24)}@cache.contoso.net:6380",
            $"ANTHROPIC_API_KEY=sk-ant-api03-{_v.Chars(alnum + "-_", 93)}AA",
            $"my huggingface token hf_{_v.Chars(alnum, 34)}",
            $"api key for twilio: SK{_v.HexHash(32)} secret {_v.Chars(alnum, 32)}",
            $"client_secret={_v.Chars(alnum, 3)}8Q~{_v.Chars(alnum + "~._-", 34)}",
            $"npm token npm_{_v.Chars(alnum, 36)}",
            $"GITLAB_TOKEN=glpat-{_v.Chars(alnum, 20)}",
            $"sendgrid SG.{_v.Chars(alnum + "-_", 22)}.{_v.Chars(alnum + "-_", 43)}",
            $"https://contoso.blob.core.windows.net/c/f.pdf?sv=2022-11-02&se=2026-01-01&sr=b&sp=r&sig={_v.SasSignature()}",
            $"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={_v.Chars(alnum, 43)}=",
            $"azure openai api-key: {_v.HexHash(32)}",
            $"数据库密码是 {_v.StrongPassword()}",
            $"wifi password: {_v.StrongPassword()}",
        ];
        foreach (var text in texts)
        {
            yield return Pos("credential", text);
        }
    }

    private IEnumerable<TuningItem> ChineseBankAndMobile()
    {
        for (var i = 0; i < 16; i++)
        {
            var card = Luhn(Pick("622202", "621700", "622848", "625807", "623058"), Pick("16", "19") == "16" ? 16 : 19);
            var shown = (i % 4) switch
            {
                0 => SensitiveValueFactory.Grouped(card, 4, ' '),
                1 => SensitiveValueFactory.Grouped(card, 4, '-'),
                2 => card,
                _ => SensitiveValueFactory.Grouped(card, 4, '　'),
            };
            yield return Pos("cn_bank_card", Pick($"工资卡 {shown} 开户行 工商银行", $"请转到 {shown}（建行）", $"收款卡号：{shown}", $"我的银行卡{shown}被锁了"));
        }
        for (var i = 0; i < 16; i++)
        {
            var m = _v.CnMobile();
            var shown = (i % 5) switch
            {
                0 => $"{m[..3]}-{m[3..7]}-{m[7..]}",
                1 => $"{m[..3]} {m[3..7]} {m[7..]}",
                2 => $"+86 {m[..3]} {m[3..7]} {m[7..]}",
                3 => $"{m[..3]}.{m[3..7]}.{m[7..]}",
                _ => $"(+86){m}",
            };
            yield return Pos("cn_mobile", Pick($"手机号：{shown}", $"联系我 {shown}", $"收货人 张伟 {shown}", $"有问题打{shown}", $"{shown} 是我老婆的号码"));
        }
    }

    // ---- adversarial ------------------------------------------------------------------------------------------------

    /// <summary>Base values to respell, each with a lead-in that alone is not sensitive.</summary>
    private (string Lead, string Value)[] AdversarialBases() =>
    [
        ("card", Luhn("4", 16)), ("pay with", Luhn("51", 16)), ("amex", Luhn("37", 15)), ("银行卡", Luhn("622202", 19)),
        ("id", _v.CnResidentId()), ("身份证", _v.CnResidentId()), ("ssn", _v.UsSsn()), ("iban", Iban("DE", _v.Digits(18))),
        ("iban", Iban("GB", _v.Chars(Upper, 4) + _v.Digits(14))), ("tel", _v.CnMobile()), ("key", _v.AwsKey()), ("token", _v.GithubToken()),
        ("openai", _v.OpenAiKey()), ("mir", Luhn("2200", 16)), ("maestro", Luhn("6759", 13)),
    ];

    private static readonly string[] FormatChars =
        ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202C", "\u2066", "\u2069", "\u180E", "\u061C", "\u2061", "\u2063", "\U000E0020", "\u034F"];

    /// <summary>Zero digits of other scripts (category Nd), each followed by its 1..9.</summary>
    private static readonly int[] DigitZeros =
    [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50,
        0xABF0, 0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E950,
    ];

    private static string InScript(string value, int zero)
    {
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            sb.Append(char.IsAsciiDigit(c) ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Inserts <paramref name="insert"/> after every <paramref name="every"/> code points (never inside a surrogate pair).</summary>
    private static string Sprinkle(string value, string insert, int every)
    {
        var sb = new StringBuilder();
        var i = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (i > 0 && i % every == 0)
            {
                sb.Append(insert);
            }
            sb.Append(rune.ToString());
            i++;
        }
        return sb.ToString();
    }

    private IEnumerable<TuningItem> Adversarial()
    {
        var bases = AdversarialBases();
        var k = 0;
        (string Lead, string Value) Next() => bases[k++ % bases.Length];

        foreach (var cf in FormatChars)
        {
            var (lead, value) = Next();
            yield return Pos("adv_format_char", $"{lead} {Sprinkle(value, cf, 1 + R.Next(4))}");
        }
        foreach (var zero in DigitZeros)
        {
            var (lead, value) = Next();
            yield return Pos("adv_other_digits", $"{lead} {InScript(value, zero)}");
        }
        foreach (var glue in new[] { "hello", "x", "abc", "Id", "card", "ref", "mynumber", "zz", "KEY", "num", "pw", "q" })
        {
            var (lead, value) = Next();
            yield return Pos("adv_glued", R.Next(2) == 0 ? $"{lead}: {glue}{value}" : $"{lead} {value}{glue} ok");
        }
        for (var i = 0; i < bases.Length; i++)
        {
            var (lead, value) = Next();
            var cut = 3 + R.Next(Math.Max(1, value.Length - 6));
            yield return Pos("adv_split_messages", $"my {lead} is {value[..cut]}", value[cut..]);
        }
        foreach (var sep in new[] { "\n", "\r\n", " \n ", "\n\n", "\u2028", "\u0085" })
        {
            var (lead, value) = Next();
            yield return Pos("adv_split_lines", $"{lead}:{sep}{Sprinkle(value, sep, 4)}");
        }
        foreach (var sep in new[] { ".", "-", "/", "_", "|", "·", "–", "—", "・", "．", ",", " . ", "~", ":", "*" })
        {
            var (lead, value) = Next();
            yield return Pos("adv_separators", $"{lead} {Sprinkle(value, sep, 4)}");
        }
        for (var i = 0; i < bases.Length; i++)
        {
            var (lead, value) = Next();
            var plain = R.Next(3) == 0 ? value : $"my {lead} is {value}";
            var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
            if (i % 3 == 1)
            {
                b64 = b64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
            }
            yield return Pos("adv_base64", Pick($"decode this: {b64}", $"{b64}", $"what does \"{b64}\" say?", $"b64: {b64}"));
        }
        for (var i = 0; i < 6; i++)
        {
            var (lead, value) = Next();
            yield return Pos("adv_stop", "Summarise the call notes.", $"{lead} {value}");
        }
        for (var i = 0; i < bases.Length; i++)
        {
            var (lead, value) = Next();
            var cut = 2 + R.Next(Math.Max(1, value.Length - 4));
            // Content parts are joined with '\n' for the classifier and the backend alike.
            yield return Pos("adv_content_parts", i % 2 == 0 ? $"my {lead} is\n{value}" : $"my {lead} is {value[..cut]}\n{value[cut..]}");
        }
        // Mixtures: other-script digits with format characters, full-width digits with dashes.
        for (var i = 0; i < 8; i++)
        {
            var (lead, value) = Next();
            var mixed = Sprinkle(InScript(value, DigitZeros[R.Next(DigitZeros.Length)]), FormatChars[R.Next(FormatChars.Length)], 2 + R.Next(3));
            yield return Pos("adv_mixed", $"{lead} {mixed}");
        }
        foreach (var spaced in new[] { 1, 2 })
        {
            for (var i = 0; i < 4; i++)
            {
                var (lead, value) = Next();
                yield return Pos("adv_spaced_digits", $"{lead} {Sprinkle(value, " ", spaced)}");
            }
        }
    }

    // ---- negatives ------------------------------------------------------------------------------------------------

    private IEnumerable<TuningItem> Negatives()
    {
        string[] texts =
        [
            $"Where is my order {_v.Digits(12)}? It was due Monday.",
            $"Order #{_v.Digits(16)} shows delivered but I have nothing.",
            $"订单号 {_v.Digits(18)} 还没发货",
            $"快递单号 SF{_v.Digits(12)} 到哪了",
            $"Tracking number 1Z{_v.Chars(Upper + "0123456789", 16)} has not moved in a week.",
            $"USPS tracking {_v.Digits(22)}",
            $"FedEx tracking: {_v.Digits(12)}",
            "ISBN 978-0-306-40615-7 is the second edition, right?",
            "Cite ISBN 9780262033848 in APA style.",
            "Convert the timestamp 1733471234567 to UTC.",
            "What date is unix time 1700000000?",
            "log: 2026-12-06T04:15:22.123Z request took 1234 ms",
            $"Why does uuid {_v.Uuid()} appear twice in the log?",
            $"request id {_v.Uuid():N} failed with 502",
            "What is 4155552671 divided by 7?",
            "Is 98765432101 a prime number?",
            "Compute 2^64 = 18446744073709551616 in hex.",
            "Sum the digits of 12345678987654321.",
            "How do credit card numbers work? The first digit is the network and the last is a Luhn check digit.",
            "Explain how the Luhn algorithm validates a 16-digit card number, without using a real number.",
            "Visa cards start with 4 and Mastercard with 51-55 or 2221-2720; how many digits does an Amex have?",
            "信用卡号码的最后一位校验位是怎么算的？",
            "身份证号码的第17位代表什么？",
            "How is an IBAN check digit computed? Germany's IBAN has 22 characters.",
            $"git commit {_v.HexHash(40)} broke the build",
            $"sha256: {_v.HexHash(64)}",
            $"The population of Tokyo is about 37400068 people.",
            "Pi to 20 digits is 3.14159265358979323846.",
            "Avogadro's number is 6.02214076 × 10^23.",
            $"Invoice INV-2026-{_v.Digits(6)} is overdue by 30 days.",
            $"发票号码 {_v.Digits(8)}，发票代码 {_v.Digits(12)}",
            $"Ticket #{_v.Digits(7)}: printer on floor 3 jams.",
            $"Booking reference {_v.Chars(Upper, 6)}, flight CA{R.Next(100, 999)} on 12 March.",
            $"ASIN B0{_v.Chars(Upper + "0123456789", 8)} is out of stock.",
            $"arn:aws:iam::{_v.Digits(12)}:role/deploy cannot assume the role",
            $"mongo ObjectId {_v.HexHash(24)} not found",
            "Version 10.0.100-rc.2.24474.11 of the SDK fails to restore.",
            $"EAN barcode {_v.Digits(13)} on the cereal box",
            $"IMEI {_v.Digits(15)} — how do I check if a phone is blacklisted?",
            "Solve: 3x + 7 = 22 and 5y - 12 = 1234567.",
            "What is 13812345678 + 1?",
            "Tell me about Alan Turing's work at Bletchley Park in 1940.",
            "What is the phone number format in Germany? Give the pattern, not a real number.",
            "How many digits does a Chinese resident ID have and what do they mean?",
            $"Coordinates 39.9042, 116.4074 - what city is this?",
            $"The distance is {R.Next(100000, 999999)} km and the mass is {R.Next(1000000, 9999999)} kg.",
            $"工号 {_v.Digits(8)} 的员工考勤异常",
            $"统一社会信用代码 91110108{_v.Chars("0123456789ABCDEFGHJKLMNPQRTUWXY", 10)}",
            $"车牌号 京A{_v.Digits(5)}",
            "The 2024 budget was 1,234,567,890 yuan, up 12.5% from 2023.",
            $"Serial number SN{_v.Digits(14)} is out of warranty.",
            $"邮政编码 100080，地址是北京市海淀区",
            $"Routing number 021000021 belongs to which bank?",
            $"SWIFT code DEUTDEFF500 — which branch?",
            "My favourite numbers are 7, 13 and 42.",
            $"Batch {_v.Digits(10)} passed QA.",
            $"Fibonacci: 1 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987",
            $"Table row: 2026 | 1234 | 5678 | 9012 | 3456",
            $"Scores: 4111 1234 5678 9999 points across the four rounds.",
        ];
        foreach (var t in texts)
        {
            yield return Neg("negative", t);
        }
        // Text full of line breaks, short groups and separators, which the split-token rejoining must leave alone.
        string[] shaped =
        [
            "for (var i = 0; i < 10; i++)\n{\n    total += prices[i] * 1.2m;\n}\nreturn total;",
            "id,amount,date\n1001,25.50,2024-01-02\n1002,13.75,2024-01-03\n1003,99.99,2024-01-04",
            "| year | revenue |\n|------|---------|\n| 2021 | 1,234,567 |\n| 2022 | 2,345,678 |",
            "at Foo.Bar() in C:\\src\\Foo.cs:line 42\nat Foo.Baz() in C:\\src\\Foo.cs:line 57",
            "10:22:33.123 INFO started\n10:22:34.456 INFO listening on 8080\n10:22:35.789 WARN slow start 1234ms",
            "Measurements: 12.5, 13.7, 14.2, 15.9, 16.1, 17.3, 18.8, 19.4",
            "Lottery numbers: 4 11 23 35 42 47 and 8 12 19 27 33 41",
            "Phone keypad layout: 1 2 3 / 4 5 6 / 7 8 9 / * 0 #",
            "hex dump: 0x1F 0x2A 0x3B 0x4C 0x5D 0x6E 0x7F 0x80",
            "MAC 00:1A:2B:3C:4D:5E and 00:1A:2B:3C:4D:5F",
            "Dates: 2024/01/15, 2024/02/15, 2024/03/15",
            "Slots 09:30-10:45, 11:00-12:15, 13:30-14:45",
            "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5",
            "Sudoku:\n5 3 0 0 7 0 0 0 0\n6 0 0 1 9 5 0 0 0\n0 9 8 0 0 0 0 6 0\n8 0 0 0 6 0 0 0 3",
            "matrix [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]",
            "ISBN-13 978 0 306 40615 7",
            "image: nginx:1.25.3-alpine3.18\nreplicas: 3\nport: 8080",
            "Model numbers: RTX-4090-24G, RTX-4080-16G, RTX-4070-12G",
            "2024年1月15日 10:30-11:30 会议室 3-201，参会 12 人",
            "Wi-Fi channels: 1, 6, 11, 36, 40, 44, 48, 149, 153, 157, 161",
            "decode SGVsbG8sIHRoaXMgaXMgYSB0ZXN0IG1lc3NhZ2U= please",
            "PGN clock: 1:30:00 1:29:45 1:29:30 1:29:12 1:28:59 1:28:40",
            "Scores by round: 3-2 4-1 2-2 5-0 1-3 2-4 3-3",
            "Path: /var/lib/docker/overlay2/1a2b3c4d/merged/usr/lib/x86_64-linux-gnu",
            "Table:\n1234\n5678\n9012\n3456\n(sum of each column)",
            "SELECT id, name FROM users WHERE id IN (1001, 1002, 1003, 1004, 1005, 1006);",
            "abc123\ndef456\nghi789\njkl012",
            "git log --oneline\na1b2c3d fix build\n4e5f6a7 add tests\n8b9c0d1 bump 2.0.1",
            "坐标：116.4074,39.9042；海拔 43.5 米",
            "Pi: 3.1415 9265 3589 7932 3846 2643",
        ];
        foreach (var t in shaped)
        {
            yield return Neg("negative_shaped", t);
        }
        yield return Neg("negative_shaped", "The total is 2024", "5678 people came, up from 4321.");
        yield return Neg("negative_shaped", "Step 1: heat to 180C", "Step 2: bake for 25-30 minutes.");
    }

    // ---- third attack round (new variants of each class) and breadth check -------------------------------------

    private static readonly string[] Invisibles =
        ["\uFE0F", "\uFE00", "\u115F", "\u1160", "\u3164", "\uFFA0", "\u2800", "\u17B4", "\u180B", "\U000E0100", "\U000E0041"];

    private static string Chunked(string value, string separator) => string.Join(separator, value.Chunk(4).Select(c => new string(c)));

    private IEnumerable<TuningItem> ThirdRound()
    {
        var bases = AdversarialBases();
        var k = 0;
        (string Lead, string Value) Next() => bases[k++ % bases.Length];

        foreach (var invisible in Invisibles)
        {
            var (lead, value) = Next();
            yield return Pos("adv_invisible", $"{lead} {Sprinkle(value, invisible, 1 + R.Next(4))}");
        }
        foreach (var (open, close) in new[] { ("<b>", "</b>"), ("**", "**"), ("`", "`"), ("<span>", "</span>"), ("<em>", "</em>"), ("__", "__"), ("<code>", "</code>") })
        {
            var (lead, value) = Next();
            var parts = value.Chunk(4).Select(c => new string(c)).ToArray();
            yield return Pos("adv_markup", R.Next(2) == 0
                ? $"{lead} " + string.Concat(parts.Select((p, i) => i % 2 == 1 ? open + p + close : p))
                : $"{lead} " + string.Join(' ', parts.Select(p => open + p + close)));
        }
        foreach (var gap in new[] { "  ", "   ", "\t", "\t\t", "\u2003", "\u3000", " \t " })
        {
            var (lead, value) = Next();
            yield return Pos("adv_spaces", $"{lead} {Chunked(value, gap)}");
        }
        for (var i = 0; i < bases.Length; i++)
        {
            var (lead, value) = Next();
            var plain = $"my {lead} is {value}";
            var bytes = Encoding.UTF8.GetBytes(plain);
            var encoded = (i % 8) switch
            {
                0 => "hex: " + Convert.ToHexStringLower(bytes),
                1 => "bytes " + string.Join(' ', bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture))),
                2 => "https://example.com/form?q=" + string.Concat(bytes.Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture))),
                3 => string.Concat(plain.Select(c => $"&#{(int)c};")),
                4 => string.Concat(bytes.Select(b => "=" + b.ToString("X2", CultureInfo.InvariantCulture))),
                5 => "decode twice " + Convert.ToBase64String(Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes))),
                6 => "decode " + Convert.ToBase64String(Encoding.Unicode.GetBytes(plain)),
                _ => "decode:\n" + string.Join('\n', Convert.ToBase64String(Encoding.UTF8.GetBytes("Notes from the call, please keep them. " + plain + " Thanks again for the help with this."))
                    .Chunk(76).Select(c => new string(c))),
            };
            yield return Pos("adv_encoded", encoded);
        }
        for (var i = 0; i < 8; i++)
        {
            var (lead, value) = Next();
            var a = 2 + R.Next(Math.Max(1, value.Length / 3));
            var b = a + 2 + R.Next(Math.Max(1, value.Length / 3));
            yield return Pos("adv_split_3", $"my {lead} is {value[..a]}", value[a..b], value[b..]);
        }
        foreach (var (before, after) in new[] { ("myRef", "Thanks"), ("ref_", "_end"), ("x", "Ok"), ("cfg_", "_prod"), ("Num", "Please") })
        {
            var (lead, value) = Next();
            yield return Pos("adv_glued_both", $"{lead}: {before}{value}{after}");
        }
        // Breadth: label orders and words the earlier passes missed.
        foreach (var text in new[]
        {
            $"licence no. (driving): D{_v.Digits(3)}-{_v.Digits(4)}-{_v.Digits(4)}", $"Führerscheinnummer B{_v.Digits(3)}RRE2I55",
            $"driving permit {_v.Digits(4)}-{_v.Digits(4)}-{_v.Digits(2)}", $"operator's license {_v.Digits(9)}",
            $"運転免許証番号 {_v.Digits(12)}", $"license (driver's) number: S{_v.Digits(3)}-{_v.Digits(4)}-{_v.Digits(4)}",
        })
        {
            yield return Pos("driver_licence_2", text);
        }
        foreach (var template in new[] { "you can ring {0} after six", "celular {0}", "mi telefono {0}", "WhatsApp {0} anytime", "微信同号 {0}", "電話 {0}", "my registered number: {0}" })
        {
            yield return Pos("phone_context_2", string.Format(CultureInfo.InvariantCulture, template, Pick("5551234", "87654321", "9123 4567", "612 345 678", "734-1298")));
        }
        var ssn = _v.UsSsn().Replace("-", "", StringComparison.Ordinal);
        yield return Pos("ssn_2", $"mySsnIs{ssn}Ok");
        yield return Pos("ssn_2", $"ssn {ssn[..3]}-_{ssn[3..5]}._{ssn[5..]}");
    }

    private IEnumerable<TuningItem> ThirdRoundNegatives()
    {
        string[] texts =
        [
            $"id {_v.Uuid()} and {_v.Uuid()}", $"md5 {_v.HexHash(32)} sha1 {_v.HexHash(40)}",
            "https://www.google.com/search?q=how%20to%20bake%20bread%3F&hl=en",
            "Open https://example.org/wiki/Caf%C3%A9_au_lait and https://example.org/a%2Fb%2Fc",
            "<html><body><div class=\"row\"><span>Price: 1299</span><b>Qty 2</b></div><p>&#169; 2024 Contoso &amp; Co &#8212; all rights</p></body></html>",
            "<table><tr><td>1204</td><td>3391</td></tr><tr><td>1876</td><td>2245</td></tr></table>",
            "00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|",
            "Subject: =?UTF-8?Q?Caf=C3=A9?=\nHello=2C world=21 Price =3D 12 EUR",
            "colors: #ff5733 #33ff57 #3357ff #f0f0f0 #123456 #abcdef",
            "types int32 uint64 float32 and x86 arm64 builds, mp3 mp4 h264 codecs",
            "We sold **1204** units in **March** and `3391` in April; see ~~old~~ new.",
            $"Counts:\n{_v.Digits(4)}\n{_v.Digits(4)}\n{_v.Digits(4)}\n{_v.Digits(4)}",
            "hex: " + Convert.ToHexStringLower("Hello world, nothing to see here at all"u8),
            "decode " + Convert.ToBase64String(Encoding.ASCII.GetBytes(Convert.ToBase64String("just a normal sentence, nothing else"u8))),
            "What is 7 * 2 and 2*3? Use **bold** for the answer.",
            $"Order #{_v.Digits(3)}-{_v.Digits(7)}-{_v.Digits(7)} shipped yesterday",
            "Upgrade from v4.18.2 to 10.0.19045.3930, build 20240517.12",
            "Flight LH 2345 departs gate B47 at 14:35; seat 32A",
        ];
        foreach (var t in texts)
        {
            yield return Neg("negative_third_round", t);
        }
    }
}
