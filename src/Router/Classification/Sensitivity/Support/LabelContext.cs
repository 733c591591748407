namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Looks at the words just before a candidate. Numbers labelled as order, invoice or tracking numbers are
/// not personal data even when their shape matches; a phone label makes a loose digit group a phone.
/// </summary>
internal static class LabelContext
{
    public const int Window = 40;

    /// <summary>Labels of business identifiers that share shapes with personal numbers.</summary>
    public static readonly LabelSet BusinessLabels = new(
    [
        "order", "invoice", "tracking", "sku", "part no", "part number", "model", "serial", "ticket",
        "reference", "ref no", "ref:", "ref #", "case no", "booking", "confirmation", "transaction", "txn",
        "shipment", "parcel", "batch", "lot no", "isbn", "build", "version", "product code", "item", "barcode", "ean", "upc", "gtin", "asin",
        // Draws: a line of lottery numbers reads like a French or trunk-prefixed phone.
        "lotto", "lottery", "winning numbers", "jackpot", "powerball", "euromillions", "彩票", "双色球", "大乐透",
        "订单", "发票", "发票号码", "发票代码", "订单号码", "运单号码", "快递单号", "工号", "学号", "车牌号", "单号", "运单", "快递", "物流", "型号", "编号", "序列号", "工单", "流水号", "批次", "版本", "货号", "条码", "商品编码",
    ],
    [
        "meeting id", "conference id", "webinar id", "会议号", "会议id", "会议 id",
        // Other languages' order, invoice, shipment and article numbers, which their phone words ("número", "Nummer") may precede.
        "pedido", "factura", "seguimiento", "commande", "facture", "bestellung", "bestellnummer", "rechnung", "rechnungsnummer",
        "sendungsnummer", "artikelnummer", "ordine", "fattura", "encomenda", "nota fiscal",
        // Thirteenth pass: catalogue and manufacturer part labels before a number shaped like a phone ("catalog no.
        // 410-552-7781", "P/N 345-7781-02"). A bare "ref" is not one: it vetoed checksum-valid cards and IDs after it
        // ("ref6011…", "ref 81 5101…"), and "ref:", "ref no", "reference" already name a reference number.
        "catalog", "catalogue", "cat.", "cat. no", "cat no", "p/n", "mpn", "oem", "fru", "spare part", "replacement part", "part #",
        // Meter and odometer readings ("Meter readings: 012 345 678 → 012 351 204").
        "meter", "meter reading", "readings", "odometer", "mileage",
    ]);

    /// <summary>Labels of identity documents: an ID number is not a card even if it passes Luhn by chance.</summary>
    public static readonly LabelSet IdentityLabels = new(["身份证", "证件号", "id card", "id number", "passport", "护照"]);

    public static readonly LabelSet PhoneLabels = new(
    [
        "phone", "tel", "mobile", "cell", "call", "fax", "contact", "reach", "text me", "whatsapp", "dial",
        "hotline", "landline", "answering", "ring me", "voicemail", "电话", "手机", "联系", "致电", "拨打", "热线", "座机", "传真", "来电", "微信",
        // Context rather than labels: "send messages to", "my registered number", "text me at", "reach me on Signal".
        "messages to", "message to", "message me", "msg me", "sms", "texts to", "text to", "text at", "texting", "registered number",
        "my number", "contact number", "home number", "work number", "direct line", "signal", "telegram", "viber", "imessage",
        "号码", "联系方式", "短信", "打给我", "打我",
        // Other languages' phone words: ASCII spellings (an accent written as a combining mark is dropped by the view,
        // "mo\u0301vil" → "movil"), accented and other scripts (matched when the window holds non-ASCII text).
        "ring", "celular", "telefono", "telefone", "portable", "handy", "telefon", "cellulare", "gsm", "携帯", "電話",
    ],
    [
        // More context: "leave a message at", "hit me up on", 有事打…; es, fr, de, it, pt phrases that say the number is a phone
        // (accented words are matched as written, capitalised too).
        "leave a message", "message at", "hit me up", "ping me", "reach me", "call or text", "txt me", "my digits", "mobile no",
        "有事打", "打给", "手机号", "电联",
        // A number given as the writer's or someone's new, old or changed one ("My new number is 284596210").
        "my new number", "my old number", "my current number", "my personal number", "my private number", "his new number",
        "her new number", "their new number", "our new number", "changed my number", "number changed to", "my number has changed",
        // Idioms for being reached ("get hold of me on", "drop me a line at", "give me a buzz", "page me at", "my line is").
        "i'm on", "i am on", "im on", "get me on", "get me at", "find me on",
        "hold of me", "drop me a line", "give me a buzz", "buzz me", "get in touch", "in touch at", "in touch on", "page me", "pager",
        "my line", "my cell", "mi cel", "cel", "celu", "whats", "contáctame", "contactame", "contáctanos", "localizable", "escríbeme al",
        "écris-moi", "ecris-moi", "écrivez-moi", "texto", "mon portable", "mon fixe", "festnetz", "durchwahl", "schreib mir", "sms an",
        "找我", "联络", "联系我", "打这个",
        "llámame", "llamame", "llámeme", "márcame", "marcame", "escríbeme", "escribeme", "móvil", "movil", "teléfono", "mi número",
        "mi numero", "su número", "número de teléfono", "número de celular", "número de móvil", "telemóvel", "telemovel", "ligue", "me liga",
        "meu número", "appelle-moi", "appelez-moi", "appelle moi", "appelez moi", "contactez-moi", "joindre", "joignable", "téléphone",
        "telephone", "mon numéro", "numéro de téléphone", "numéro de portable", "ruf mich an", "ruf mich", "rufen sie mich", "anrufen",
        "handynummer", "mobilnummer", "rufnummer", "telefonnummer", "erreichbar", "erreichen", "meine nummer", "unter der nummer",
        "chiamami", "chiamatemi", "il mio numero", "numero di telefono",
        "mobiel", "komorka", "komórka", "điện thoại", "телефон", "мобильный", "мой номер", "номер телефона",
        // Polish and Nordic (eighth pass): the declined "telefonu", "zadzwoń", "mój numer"; "tlf", "ring til", "ringa".
        "telefonu", "numer telefonu", "zadzwoń", "zadzwon", "mój numer", "moj numer", "tlf", "ring til", "ringa mig", "mitt nummer",
        // Hungarian, Greek, Swedish/Danish "mobil", Spanish "fijo" (a landline).
        "telefonszám", "telefonszam", "telefonszámom", "mobilszám", "τηλέφωνο", "τηλ", "κινητό", "mobil", "mi fijo", "teléfono fijo",
        "फ़ोन", "फोन", "मोबाइल", "नंबर", "هاتف", "جوال", "رقمي", "رقم الهاتف", "전화", "휴대폰", "핸드폰", "연락처", "電話番号", "聯絡", "手機",
        // Thirteenth pass: Traditional and Cantonese call words (致電 "call", 打俾/打畀 "ring", 搵我 "find me"); Brazilian
        // Portuguese chat words ("zap" and "wpp" are WhatsApp, "me chama no", "liga pra"); Indonesian/Malay, Tagalog,
        // Vietnamese and Hindi written in Latin letters ("mera number", "number pe").
        "致電", "撥打", "撥電話", "熱線", "聯繫", "來電", "傳真", "打俾", "打畀", "搵我", "電聯", "短訊",
        "zap", "zapzap", "wpp", "me chama", "chama no", "liga pra", "liga para", "ligar para", "ligue para", "meu cel", "meu celular",
        "fone", "wasap", "guasap", "mi whats", "hubungi", "nomor hp", "no hp", "no. hp", "nomor telepon", "telepon", "telpon",
        "nombor", "no tel", "nomor wa", "tawagan", "tawag", "number ko", "cp ko", "cp number", "text mo ako", "gọi", "số điện thoại",
        "sđt", "liên hệ", "zalo", "nhắn tin", "mera number", "mera no", "mera mobile", "mera phone", "mujhe call", "mujhe phone",
        "number pe", "number par", "whatsapp karo", "call karo", "hp:", "h/p", "hp no", "موبايل", "الموبايل", "رقم الجوال", "تليفون", "واتساب",
        // Sixteenth pass: European phone words and abbreviations (Nordic, Finnish, Dutch, Czech/Slovak, Polish, Hungarian, Turkish,
        // Romanian, South Slavic, Baltic, Icelandic) — "mobilnr", "puh.", "číslo", "számom", "numaram"; a bare "nummer",
        // "numer" or "szám" is any number (an order's too) and stays out.
        "mobilnr", "mobil nr", "telefonnr", "tel.nr", "tel. nr", "tlf.nr", "tlfnr", "tlf nr", "mit nummer", "mitt nr", "mit nr",
        "nummeret mitt", "mobilen", "puh", "puhelin", "puhelinnumero", "puhelinnumeroni", "numeroni", "kännykkä", "mijn nummer",
        "mijn telefoonnummer", "telefoonnummer", "mobiele nummer", "gsm-nummer", "moje číslo", "telefonní číslo", "tel. č",
        "číslo telefonu", "mobilné číslo", "nr tel", "nr. tel", "nr telefonu", "tel. kom", "komórkowy", "telefon komórkowy", "számom",
        "mobilszámom", "mobilom", "telefonom", "numaram", "telefon numaram", "cep telefonu", "cep no", "numărul meu", "numarul meu",
        "telefonul meu", "număr de telefon", "numar de telefon", "moj broj", "broj telefona", "broj mobitela", "mobitel", "telefono numeris",
        "tālrunis", "tālr", "mobiil", "símanúmer", "sími", "gsm nr", "tel.", "mob.", "mob:",
    ]);

    public static readonly LabelSet CardLabels = new(
    [
        "card", "visa", "mastercard", "amex", "credit", "debit", "payment", "pay with", "charge", "卡", "支付", "付款", "银行",
    ]);

    /// <summary>
    /// True when the nearest of <paramref name="labels"/> before <paramref name="start"/> is closer than
    /// the nearest of <paramref name="unless"/> (or when only the former occurs).
    /// </summary>
    public static bool LabelledAs(string text, int start, LabelSet labels, LabelSet unless)
    {
        var from = Math.Max(0, start - Window);
        var nearest = labels.NearestEnd(text, from, start);
        return nearest >= 0 && unless.NearestEnd(text, from, start) < nearest;
    }

    /// <summary>
    /// True when the nearest of <paramref name="labels"/> before <paramref name="start"/> names the value: only a
    /// connector stands between them ("Order no. 4111…", "invoice #: …", "订单号：…"), and no label of
    /// <paramref name="unless"/> is nearer. "pay the invoice with 4111…" does not name it.
    /// </summary>
    public static bool NamedAs(string text, int start, LabelSet labels, LabelSet unless)
    {
        var from = Math.Max(0, start - Window);
        var nearest = labels.NearestEnd(text, from, start);
        return nearest >= 0 && unless.NearestEnd(text, from, start) < nearest && OnlyConnector(text.AsSpan(from + nearest, start - from - nearest));
    }

    private static readonly string[] ConnectorWords =
        [
            "number", "num", "no", "nr", "id", "is", "was", "code", "ref", "the", "my", "our", "your", "numbers", "ids", "número", "numero",
            "numéro", "nummer", "n°", "nº", "号", "号码", "编号", "码", "是", "为", "番号", "번호",
        ];

    /// <summary>Separators, and at most three connector words ("number is", "no.:", "ID", "号码是").</summary>
    private static bool OnlyConnector(ReadOnlySpan<char> between)
    {
        var words = 0;
        for (var i = 0; i < between.Length;)
        {
            var c = between[i];
            if (c is ' ' or '\t' or '\n' or ':' or '#' or '.' or ',' or '(' or ')' or '-' or '=' or '/' or '|' or '：' or '，' or '（' or '）' or '\'' or '"')
            {
                i++;
                continue;
            }
            var matched = 0;
            foreach (var word in ConnectorWords)
            {
                if (word.Length > matched && between[i..].StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (word[0] > 0x7F || i + word.Length == between.Length || !char.IsAsciiLetter(between[i + word.Length])))
                {
                    matched = word.Length;
                }
            }
            if (matched == 0 || ++words > 3)
            {
                return false;
            }
            i += matched;
        }
        return true;
    }

    /// <summary>True when any of <paramref name="labels"/> occurs within the window before <paramref name="start"/>.</summary>
    public static bool HasLabel(string text, int start, LabelSet labels) => labels.NearestEnd(text, Math.Max(0, start - Window), start) >= 0;

    /// <summary>Units and currencies that make the number before them a quantity: "13812345678 元", "15912345678万".</summary>
    private static readonly string[] QuantityUnits =
        ["元", "万", "亿", "块", "美元", "港元", "个", "次", "件", "人", "吨", "公里", "股", "%", "‰", "yuan", "rmb", "usd", "dollars", "km", "kg"];

    /// <summary>True when a quantity unit follows <paramref name="end"/> (after at most one space).</summary>
    public static bool FollowedByUnit(string text, int end)
    {
        var after = text.AsSpan(end < text.Length && text[end] == ' ' ? end + 1 : end);
        foreach (var unit in QuantityUnits)
        {
            if (after.StartsWith(unit, StringComparison.OrdinalIgnoreCase)
                && (unit[0] > 0x7F || after.Length == unit.Length || !char.IsAsciiLetter(after[unit.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a multiplication, division or power sign stands right before <paramref name="start"/>, or one of those
    /// or '+' right after <paramref name="end"/> (spaces aside): "13812345678 * 2" is a calculation. '-', '/' and '='
    /// are left out: phone lists and key=value data use them.
    /// </summary>
    public static bool InArithmetic(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var after = text.AsSpan(end).TrimStart(' ');
        return (before.Length > 0 && before[^1] is '*' or '×' or '÷' or '^')
            || (after.Length > 0 && after[0] is '*' or '×' or '÷' or '^' or '+');
    }

}
