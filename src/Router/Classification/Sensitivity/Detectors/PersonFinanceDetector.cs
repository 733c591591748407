using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A named private person with pay, debt or account details.</summary>
internal sealed class PersonFinanceDetector : PersonAttributeDetector
{
    // ISO 4217 codes of the currencies the cue list below leaves out (Jordan, Jamaica, Trinidad, Oman, Bahrain, Namibia, Pakistan…):
    // only written in capitals and with the amount beside them ("386 JOD", "JMD 150"). Codes that are English words or names
    // (TRY, ALL, PEN, MAD, GEL, BOB, AMD, TOP, CUP, SOS) are left out.
    private static readonly string[] OtherCurrencyCodes =
    [
        "JOD", "JMD", "TTD", "BBD", "BSD", "BZD", "XCD", "KYD", "GYD", "SRD", "HTG", "DOP", "GTQ", "HNL", "NIO", "CRC", "PAB", "PYG",
        "UYU", "VES", "OMR", "BHD", "IQD", "LBP", "SYP", "YER", "IRR", "AFN", "EGP", "DZD", "TND", "LYD", "SDG", "NAD", "BWP", "ZMW",
        "MWK", "MZN", "AOA", "SZL", "LSL", "UGX", "TZS", "RWF", "BIF", "ETB", "MUR", "SCR", "MGA", "XOF", "XAF", "GMD", "SLE", "LRD",
        "PKR", "BDT", "LKR", "NPR", "MVR", "BTN", "MMK", "KHR", "LAK", "MNT", "BND", "TWD", "MOP", "FJD", "PGK", "WST", "VUV", "XPF",
        "UAH", "RUB", "BYN", "MDL", "KZT", "UZS", "KGS", "TJS", "AZN", "HUF", "CZK", "BGN", "RSD", "MKD", "BAM", "ISK", "ILS",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherCurrencyCodeLookup =
        new HashSet<string>(OtherCurrencyCodes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly CueSet FinanceCues = new([
        "salary", "salaries", "wage*", "pay", "paid", "paycheck*", "payslip*", "payroll", "bonus*", "raise", "compensation", "income",
        "earn*", "owe", "owes", "owed", "owing", "debt*", "arrears", "overdue", "past due", "balance*", "loan*", "mortgage*", "rent",
        "overdraft*", "credit limit", "credit score", "account number", "account no", "account ending", "account balance", "bank account", "savings account", "checking account", "overdrawn", "garnish*", "repay*", "installment*", "instalment*", "pension",
        "$", "£", "€", "EUR", "USD", "GBP", "RMB", "CNY",
        "工资", "薪", "奖金", "提成", "欠", "贷款", "借款", "余额", "账户", "账单", "还款", "逾期", "公积金", "社保", "收入", "房租", "租金",
        "元", "万", "存款", "分红", "报销", "绩效",
        "块", "块钱", "生活费", "物业费", "学费", "转账", "打款", "账本", "借条", "欠条", "房贷", "车贷", "网贷", "月供", "信用卡", "透支", "征信", "信用分", "芝麻分", "信用评分",
        "催收", "工资卡", "年终奖", "补偿金", "扣款", "退款", "理赔", "保单", "保费",
        // Colloquial pay, debt and account words (税后, 花呗, 借我的, 银行卡号…); the everyday ones need an amount near.
        "税后", "税前", "底薪", "欠款", "欠钱", "借钱", "借我", "借了", "借的", "欠债", "负债", "债务",
        "花呗", "借呗", "白条", "首付", "按揭", "利息", "押金", "彩礼", "赔偿", "罚款", "银行卡", "卡号", "银行账号",
        "汇款", "涨薪", "降薪", "扣工资", "拖欠", "欠薪", "银行流水", "零花钱",
        "压岁钱",
        // Pensions, care fees and Hong Kong pay (退休金, 护理费, 强积金 read from 強積金, 港币).
        "退休金", "养老金", "护理费", "强积金", "港币", "薪资", "月薪",
        // A Taiwan pension (勞保老年年金, folded) and wages owed on a site (包工头欠他工钱).
        "年金", "劳保", "工钱",
        // Maintenance, statements, take-home pay and contribution bases (抚养费, 流水, 到手, 月入, 社保基数); statements,
        // income and take-home pay need an amount near.
        "抚养费", "赡养费", "流水", "月入", "年入", "到手", "社保基数", "公积金基数", "缴费基数",
        // A tax return's lines and a welfare file's payments (个税, 工资薪金, 专项附加扣除, 赡养老人, 低保金, 补贴): the deductions,
        // benefits and allowances need an amount near.
        "个税", "个人所得税", "工资薪金", "应纳税所得额", "应纳税额", "已缴税额", "应补税额", "应退税额", "专项附加扣除", "赡养老人",
        "子女教育", "住房贷款利息", "大病医疗", "低保金", "低保", "救助金", "抚恤金", "补贴", "补助", "津贴", "困难补助",
        // Thirteenth pass: dues a member owes (会费…未缴, 年费还没交), costs one person advanced for others and split (垫付, AA制,
        // 平摊, 还差我, 转我), an officer's pay set by a board (薪酬, 报酬), and Cantonese 蚊 (dollars, 八百蚊); the everyday ones
        // need an amount near.
        "会费", "年费", "会籍费", "班费", "团费", "欠缴", "未缴", "未交", "没交", "没缴", "垫付", "垫了", "垫的", "先垫", "AA制", "AA了",
        "AA下来", "AA每人", "按AA", "平摊", "均摊", "分摊", "还差我", "转我", "薪酬", "报酬", "蚊",
        // A church member's giving (奉献记录, 什一奉献): with an amount.
        "奉献", "什一奉献", "奉献金",
        "take-home", "take home", "net pay", "gross pay", "base salary", "hourly rate", "fees", "fee", "invoice*", "refund*",
        "credit card", "debit card", "sort code", "IBAN", "payday loan",
        "bankrupt*", "insolven*", "collections", "child support", "alimony",
        // Support after a separation, as court and mediation papers name it (eleventh pass).
        "spousal maintenance", "spousal support", "child maintenance", "maintenance payment*", "maintenance arrears", "palimony", "benefits claim", "universal credit", "tax return",
        // Payslips, credit files, savings and debt recovery in everyday words.
        "pay stub*", "paystub*", "pay slip*", "W-2", "P60", "P45", "tax code", "401(k)", "401k", "net worth", "inheritance", "severance",
        "redundancy pay", "commission", "overtime", "pay rise", "pay cut", "pay increase", "stipend", "retainer", "credit report", "credit rating",
        "credit history", "FICO", "CCJ", "debt collector*", "bailiff*", "eviction", "evicted", "repossess*", "foreclos*", "defaulted",
        "missed payment*", "late payment*", "direct debit", "standing order", "savings", "in debt", "behind on", "salary band",
        "pay grade", "per annum", "p.a.", "gross",
        // Other Latin-script languages' pay, debt and account words, as a request to translate a record quotes them (ASCII forms).
        "gehalt", "gehalts*", "lohn", "nettolohn", "bruttolohn", "nettogehalt", "bruttogehalt", "schulden", "verschuldet", "miete",
        "mietschulden", "kredit", "darlehen", "hypothek", "kontostand", "verdient", "abfindung", "unterhalt", "rente", "mahnung",
        "inkasso", "lohnpf*", "schufa", "privatinsolvenz", "euro", "euros", "sueldo", "salario", "nomina", "cobra", "cuota*", "deuda*",
        "hipoteca*", "prestamo*", "alquiler", "pesos", "moroso", "morosa", "impago*", "saldo", "cuenta bancaria", "transferencia",
        "finiquito", "indemni*", "salaire*", "paie", "fiche de paie", "dette*", "endett*", "surendett*", "loyer*", "impay*", "solde",
        "compte bancaire", "virement", "remboursement*", "huissier", "revenus", "ordenado", "divida*", "aluguel", "aluguer",
        "prestacao", "prestacoes", "emprestimo*", "reais", "financiamento", "inadimplente", "conta bancaria", "recebe", "stipendio",
        "busta paga", "debito", "debiti", "mutuo", "affitto", "prestito", "conto corrente", "guadagna", "pignoramento", "salaris",
        "loon", "schuld", "huur", "hypotheek", "lening", "achterstand", "bankrekening", "incasso", "deurwaarder",
        // Polish, Turkish, Czech, Romanian, Nordic, Vietnamese and Indonesian pay, debt and rent words, written without their
        // accents (the cue walk folds "maaşı", "lương", "câștigă" to them: LatinFold); currencies and "earns" need an amount.
        "zarabia", "zarobki", "pensj*", "wynagrodzeni*", "wyplat*", "dlug", "dlugi", "dlugu", "zadluz*", "czynsz*", "zl", "PLN",
        "maas", "maasi", "maasim", "maasini", "borcu", "borclu", "borcunu", "kazaniyor", "TL", "lira", "vydelava", "mzda", "mzdu",
        "plat", "dluh", "dluhy", "dluzi", "najem", "najmu", "Kc", "korun", "castiga", "salariu*", "datori*", "chirie", "lei", "RON",
        "tjanar", "lon", "lonn", "manadslon", "manedslonn", "kronor", "kroner", "SEK", "NOK", "DKK", "hyra", "husleie", "gjeld",
        "skuld", "skulder", "palkka", "palkkaa", "ansaitsee", "luong", "muc luong", "trieu", "dong", "VND", "no ngan hang", "gaji",
        "bergaji", "penghasilan", "utang", "hutang", "cicilan", "pinjaman", "Rp", "IDR", "ganha", "gana", "gagne", "guadagno",
        "retribuzione", "remuneracao",
        // Finnish debt and rent ("on velkaa 3 000 euroa", "vuokrarästit") and UK benefits and allowances by name ("on PIP",
        // "£40 a week asylum support", "carer's allowance"): a person's income and entitlements as a caseworker writes them.
        "velkaa", "velka", "velkoja", "velat", "euroa", "vuokra", "vuokrarasti*", "tulot", "PIP", "asylum support", "section 95",
        "carer's allowance", "carers allowance", "attendance allowance", "housing benefit", "child benefit", "pension credit",
        "jobseeker's allowance", "JSA", "disability living allowance", "income support", "tax credit*",
        "council tax reduction", "benefit sanction*", "hardship payment*", "Centrelink", "SNAP benefits", "food stamps", "Medicaid",
        "SSDI", "disability benefit*", "unemployment benefit*", "Hartz IV", "Burgergeld", "Arbeitslosengeld", "Sozialhilfe", "Wohngeld",
        "bijstand", "uitkering", "toeslag*", "toimeentulotuki", "Kela", "bantuan", "BPJS",
        // Dollars of other countries, Indian pay (CTC, lakh, crore) and a job offer or day rate in k-notation ("got offered 62k",
        // "S$7,200 a month", "A$105k", "₹18 lakh"): the offer words need a money-shaped amount beside them (MoneyNear).
        "S$", "A$", "AU$", "NZ$", "C$", "CA$", "HK$", "US$", "SGD", "AUD", "NZD", "CAD", "HKD", "INR", "ZAR", "lakh*", "crore*", "CTC",
        "LPA", "offered", "offer of", "package", "day rate", "hourly",
        // Money a named member gives or owes a church, a club or a savings circle, and a share of costs split between friends
        // ("tithe ₦25,000", "dues KSh 2,000", "arisan Rp500.000", "her share of the rent £410"): each needs an amount near.
        "tithe*", "offering*", "dues", "contribution*", "levy", "levies", "pledge*", "harambee", "chama", "stokvel", "arisan",
        "paluwagan", "susu", "esusu", "share of", "my share", "his share", "her share", "their share", "chipped in", "chip in",
        "split",
        // Currency codes of Kenya, Nigeria, Ghana and Malaysia (KSh, NGN, GHS, RM): only with the amount beside them.
        "KSh", "KES", "NGN", "GHS", "RM", "MYR",
        // Gulf, Swiss, Latin American and East Asian codes (a hotel folio in AED, a salary in MXN or BRL): beside an amount only.
        "AED", "SAR", "QAR", "KWD", "CHF", "MXN", "BRL", "COP", "ARS", "CLP", "THB", "JPY", "KRW",
        // A raise told informally ("got bumped to 61k", "making 80k now", "pulls in 95k"): only with a money-shaped amount after.
        "bumped to", "bumped up to", "bumped me to", "bumped him to", "bumped her to", "upped to", "raise to", "makes", "making",
        "pulls in", "pulling in", "takes home", "clears",
        // A named person's utility or service bill, and payments a court orders (restitution, fines): bills and fines need an
        // amount near (seventeenth pass). Not "pays" (a maths problem's "Publisher B pays Mark twice what …").
        "bill", "bills", "restitution", "fined", "fines", "court fine*",
        .. OtherCurrencyCodes]);


    public override string Name => "person_finance";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with pay, debt or account data";

    protected override CueSet Cues => FinanceCues;

    protected override RecordTables.Columns TableColumn => RecordTables.Columns.Pay;

    private static readonly CueSet DebtWords = new(
        "owe", "owes", "owed", "owing", "debt*", "loan*", "mortgage*", "arrears", "overdue", "bankrupt*", "insolven*", "repay*", "lien",
        "judgment", "judgement", "garnish*", "lawsuit", "settlement", "damages", "inheritance", "estate", "divorce");

    // Everyday words ("paid tribute", "trading income", "raise a question") count only with an amount close by.
    private static readonly HashSet<string> NeedAmount = new(StringComparer.OrdinalIgnoreCase)
    {
        "pay", "paid", "bonus", "bonuses", "raise", "rent", "balance", "balances", "income", "compensation", "pension", "$", "£", "€",
        "EUR", "USD", "GBP", "RMB", "CNY", "元", "万", "提成", "奖金", "收入", "房租", "租金", "存款", "分红", "报销", "绩效",
        "块", "块钱", "生活费", "物业费", "学费", "转账", "打款", "账本", "信用卡", "扣款", "退款",
        "税后", "税前", "借我", "借了", "借的", "首付", "利息", "押金", "彩礼", "赔偿", "罚款", "汇款", "银行流水",
        "零花钱", "压岁钱", "流水", "月入", "年入", "到手", "fees", "fee", "credit card", "debit card",
        "赡养老人", "子女教育", "住房贷款利息", "大病医疗", "低保", "补贴", "补助", "津贴",
        "班费", "团费", "未交", "没交", "垫了", "垫的", "先垫", "AA制", "AA了", "AA下来", "AA每人", "按AA", "平摊", "均摊", "分摊",
        "转我", "报酬", "奉献",
        "invoice", "invoices", "refund", "refunds", "refunded", "collections", "commission", "overtime", "savings", "inheritance",
        "per annum", "p.a.", "standing order", "direct debit", "behind on",
        "miete", "verdient", "unterhalt", "rente", "euro", "euros", "cobra", "cuota", "cuotas", "alquiler", "pesos", "saldo",
        "transferencia", "loyer", "loyers", "solde", "virement", "remboursement", "remboursements", "revenus", "aluguel", "aluguer",
        "reais", "recebe", "mutuo", "affitto", "guadagna", "loon", "huur", "incasso", "achterstand", "gross",
        "lira", "plat", "najem", "najmu", "lon", "lonn", "hyra", "husleie", "ganha", "gana", "gagne", "guadagno", "kazaniyor",
        "castiga", "tjanar", "vydelava", "zarabia", "ansaitsee", "maas", "maasi", "maasim", "maasini",
        "euroa", "vuokra", "tulot", "Kela", "bantuan", "BPJS", "tax credit", "tax credits", "section 95", "JSA",
        "S$", "A$", "AU$", "NZ$", "C$", "CA$", "HK$", "US$", "SGD", "AUD", "NZD", "CAD", "HKD", "INR", "ZAR", "lakh", "lakhs", "crore",
        "crores", "CTC", "LPA", "hourly", "day rate", "₹", "₦", "₱", "₵", "₺", "₴", "₫", "₩", "R", "Rp",
        "bill", "bills", "fined", "fines",
    };

    // Words of giving, dues and shared costs that everyday prose uses without money ("her contribution to the 2024 project",
    // "split the file in 3"): only with a currency amount near ("₦25,000", "KSh 2,000", "£410", "Rp500.000").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedCurrency = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "tithe", "tithes", "tithed", "tithing", "offering", "offerings", "dues", "contribution", "contributions", "contributed",
        "contributes", "levy", "levies", "pledge", "pledges", "pledged", "harambee", "chama", "stokvel", "arisan", "paluwagan", "susu",
        "esusu", "share of", "my share", "his share", "her share", "their share", "chipped in", "chip in", "split",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedMoney = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "offered", "offer of", "package", "bumped to", "bumped up to", "bumped me to", "bumped him to", "bumped her to", "upped to",
        "raise to", "makes", "making", "pulls in", "pulling in", "takes home", "clears",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedAmountLookup = NeedAmount.GetAlternateLookup<ReadOnlySpan<char>>();

    // Currency words and codes that are also everyday words, names or abbreviations ("TL;DR", Wang Lei, "Dong"): only with the
    // amount right beside them ("9 500 zł", "6.000 lei", "Rp 8.000.000").
    private static readonly HashSet<string> CurrencyBesideAmount = new(StringComparer.OrdinalIgnoreCase)
    {
        "zl", "PLN", "TL", "Kc", "korun", "lei", "RON", "kronor", "kroner", "SEK", "NOK", "DKK", "trieu", "dong", "VND", "Rp", "IDR",
        "KSh", "KES", "NGN", "GHS", "RM", "MYR", "AED", "SAR", "QAR", "KWD", "CHF", "MXN", "BRL", "COP", "ARS", "CLP", "THB", "JPY", "KRW",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyBesideAmountLookup = CurrencyBesideAmount.GetAlternateLookup<ReadOnlySpan<char>>();

    protected override bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        if (CurrencyAmounts.FortuneNear(text, cue.Start - 40, cue.End + 40) && !DebtWords.Any(text.AsSpan(Math.Max(0, cue.Start - 60), Math.Min(text.Length, cue.End + 60) - Math.Max(0, cue.Start - 60))))
        {
            // "… earned $270 million last year", "net worth of $3 billion": a fortune or a star's contract is public-figure wealth,
            // not a private person's pay (a private mortgage or debt of millions still counts).
            return false;
        }
        // Cantonese 蚊 (dollars) only right after a number: 八百蚊, 420蚊, not 蚊子 or 打蚊.
        if (cue.End - cue.Start == 1 && text[cue.Start] == '蚊')
        {
            return cue.Start > 0 && AmountChars.Contains(text[cue.Start - 1]);
        }
        // A currency code of the further list counts only as written in capitals, with the amount beside it ("386 JOD").
        if (cue.End - cue.Start == 3 && OtherCurrencyCodeLookup.Contains(text.AsSpan(cue.Start, 3)))
        {
            return DigitBeside(text, cue);
        }
        if (cue.End - cue.Start == 3 && IsOtherCodeInLowerCase(text.AsSpan(cue.Start, 3)))
        {
            return false;
        }
        // "Bill Turner …" is a given name, not a bill: a capitalised "Bill" before another capitalised word is no cue.
        if (text.AsSpan(cue.Start, cue.End - cue.Start) is "Bill" or "Bills" && cue.End + 1 < text.Length && text[cue.End] == ' '
            && char.IsUpper(text[cue.End + 1]))
        {
            return false;
        }
        if (cue.End - cue.Start <= 5 && CurrencyBesideAmountLookup.Contains(LatinFold.ToAscii(text.AsSpan(cue.Start, cue.End - cue.Start), stackalloc char[5])))
        {
            return DigitBeside(text, cue);
        }
        Span<char> ascii = stackalloc char[Math.Min(64, cue.End - cue.Start)];
        var word = LatinFold.ToAscii(text.AsSpan(cue.Start, ascii.Length), ascii);
        var isEarn = word.StartsWith("earn", StringComparison.OrdinalIgnoreCase);
        // "on PIP" (Personal Independence Payment) in capitals only: "pip install" is a command.
        if (word.Equals("PIP", StringComparison.OrdinalIgnoreCase))
        {
            return word.SequenceEqual("PIP");
        }
        if (NeedMoney.Contains(word))
        {
            return MoneyNear(text, cue, 24);
        }
        if (NeedCurrency.Contains(word))
        {
            return CurrencyAmounts.Near(text, cue.Start - 40, cue.End + 40) || AmountRightAfter(text, name);
        }
        return (!NeedAmountLookup.Contains(word) && !isEarn) || AmountNear(text, cue, 30) || AmountRightAfter(text, name);
    }

    private static bool IsOtherCodeInLowerCase(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[3];
        return word.ToUpperInvariant(upper) == 3 && OtherCurrencyCodeLookup.Contains(upper);
    }

    // "offered 62k", "a package of £48,000", "offer of $95k": a currency sign before a digit, or digits with a k after them, after
    // the cue ("offered a lift at 5" is no pay).
    private static bool MoneyNear(string text, TextSpan cue, int reach)
    {
        var end = Math.Min(text.Length, cue.End + reach);
        for (var i = cue.End; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }
            if (i > 0 && (CurrencyAmounts.IsSign(text[i - 1]) || text[i - 1] == '$'))
            {
                return true;
            }
            var j = i;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] is '.' or ','))
            {
                j++;
            }
            if (j < text.Length && text[j] is 'k' or 'K' && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
            {
                return true;
            }
            i = j;
        }
        return false;
    }

    // A list or table row that puts the amount right after the name ("Bonus list: Julia Novak 4,000, Peter Laine 3,500",
    // "| Agatha Finchley | 56,000 |", "Oriel Tansey: £3,000"): that amount is the name's, however far the list's cue word is.
    private static bool AmountRightAfter(string text, TextSpan name)
    {
        var at = name.End;
        var limit = Math.Min(text.Length, name.End + 4);
        while (at < limit && text[at] is ' ' or ':' or '|' or '-' or '–' or '—' or '\t')
        {
            at++;
        }
        return at > name.End && at < text.Length && (char.IsAsciiDigit(text[at]) || CurrencyAmounts.AmountAt(text, at));
    }

    // "£90", "€ 1.250", "1 200 €", "₹40,000", "₦25,000", "R1,240", "Rp500.000": currency signs and the codes glued to an amount,
    // which the cue sets do not find in Latin text (CurrencyAmounts).
    protected override bool HasSigns(string text) => CurrencyAmounts.Has(text);

    protected override List<TextSpan>? FindSigns(string text) => CurrencyAmounts.Find(text);

    private static readonly string[] Millions = ["million", "triệu", "juta"];

    // A digit within two characters before the cue or after it ("45 000 Kč", "Rp 8.000.000", "6.000 lei"), or a number of millions
    // right before it ("38 million VND", "12 triệu đồng").
    private static bool DigitBeside(string text, TextSpan cue)
    {
        var scaled = text.AsSpan(0, cue.Start).TrimEnd(' ');
        foreach (var scale in Millions)
        {
            if (scaled.EndsWith(scale, StringComparison.OrdinalIgnoreCase) && scaled[..^scale.Length].TrimEnd(' ') is [.., >= '0' and <= '9'])
            {
                return true;
            }
        }
        var start = Math.Max(0, cue.Start - 2);
        var end = Math.Min(text.Length, cue.End + 2);
        return text.AsSpan(start, cue.Start - start).ContainsAnyInRange('0', '9') || text.AsSpan(cue.End, end - cue.End).ContainsAnyInRange('0', '9');
    }

    private static bool AmountNear(string text, TextSpan cue, int reach)
    {
        var start = Math.Max(0, cue.Start - reach);
        var end = Math.Min(text.Length, cue.End + reach);
        return text.AsSpan(start, end - start).IndexOfAny(AmountChars) >= 0;
    }

    private static readonly SearchValues<char> AmountChars = SearchValues.Create("0123456789一二三四五六七八九十两百千万");
}
