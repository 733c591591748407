using System.Buffers;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>The national identity and tax number schemes <see cref="NationalIdDetector"/> knows (flags: a label may name several).</summary>
[Flags]
internal enum IdScheme : long
{
    None = 0,
    Aadhaar = 1L << 0,
    IndianPan = 1L << 1,
    Nhs = 1L << 2,
    UkNino = 1L << 3,
    CanadianSin = 1L << 4,
    Cpf = 1L << 5,
    Cnpj = 1L << 6,
    Curp = 1L << 7,
    Rfc = 1L << 8,
    SpanishId = 1L << 9,
    PlainDni = 1L << 10,
    CodiceFiscale = 1L << 11,
    FrenchNir = 1L << 12,
    GermanTaxId = 1L << 13,
    Bsn = 1L << 14,
    Belgian = 1L << 15,
    Pesel = 1L << 16,
    Swedish = 1L << 17,
    DanishCpr = 1L << 18,
    NorwegianId = 1L << 19,
    KoreanRrn = 1L << 20,
    MyNumber = 1L << 21,
    HongKong = 1L << 22,
    Taiwan = 1L << 23,
    Singapore = 1L << 24,
    MyKad = 1L << 25,
    Tfn = 1L << 26,
    Medicare = 1L << 27,
    SouthAfrica = 1L << 28,
    Turkish = 1L << 29,
    Israeli = 1L << 30,
    Finnish = 1L << 31,
    Chilean = 1L << 32,
    Thai = 1L << 33,
    Emirates = 1L << 34,
    Snils = 1L << 35,
    RussianInn = 1L << 36,
    Ein = 1L << 37,
    Itin = 1L << 38,
    IndonesianNik = 1L << 39,
    VietnameseId = 1L << 40,

    /// <summary>Any 6–20 letters and digits holding four digits or more (a label that names an ID of unknown format).</summary>
    Generic = 1L << 41,

    /// <summary>Every scheme with a check digit: a generic label ("national ID", "identity number") accepts any that holds.</summary>
    AnyChecked = Aadhaar | Nhs | CanadianSin | Cpf | Cnpj | Curp | Rfc | SpanishId | CodiceFiscale | FrenchNir | GermanTaxId | Bsn
        | Belgian | Pesel | Swedish | KoreanRrn | MyNumber | HongKong | Taiwan | Singapore | Tfn | Medicare | SouthAfrica | Turkish
        | Israeli | Finnish | Chilean | Thai | Emirates | Snils,
}

/// <summary>
/// The labels that name a national identity or tax number, each with the schemes it may name. A <see cref="Weak"/> label
/// ("my number", "ID") is also an everyday phrase: the value it names must pass its scheme's check. A case-sensitive label
/// ("SIN", "PAN", "NI", "EIN") is a word in lower case.
/// </summary>
internal sealed record NationalIdLabel(string Text, IdScheme Schemes, bool CaseSensitive = false, bool Weak = false)
{
    private const IdScheme Tax = IdScheme.GermanTaxId | IdScheme.Ein | IdScheme.Itin | IdScheme.Tfn | IdScheme.IndianPan | IdScheme.Rfc
        | IdScheme.Cpf | IdScheme.Cnpj | IdScheme.RussianInn | IdScheme.Generic;

    private const IdScheme Any = IdScheme.AnyChecked | IdScheme.Generic;

    public static readonly NationalIdLabel[] All =
    [
        new("aadhaar", IdScheme.Aadhaar), new("aadhar", IdScheme.Aadhaar), new("adhaar", IdScheme.Aadhaar), new("uidai", IdScheme.Aadhaar),
        new("UID", IdScheme.Aadhaar, CaseSensitive: true), new("आधार", IdScheme.Aadhaar),
        new("PAN", IdScheme.IndianPan, CaseSensitive: true), new("pan card", IdScheme.IndianPan), new("pan no", IdScheme.IndianPan),
        new("pan number", IdScheme.IndianPan), new("permanent account number", IdScheme.IndianPan),
        new("nhs", IdScheme.Nhs), new("chi number", IdScheme.Nhs),
        new("national insurance", IdScheme.UkNino), new("nino", IdScheme.UkNino), new("NI", IdScheme.UkNino, CaseSensitive: true),
        new("ni number", IdScheme.UkNino), new("ni no", IdScheme.UkNino),
        new("SIN", IdScheme.CanadianSin, CaseSensitive: true), new("sin number", IdScheme.CanadianSin), new("sin no", IdScheme.CanadianSin),
        new("social insurance", IdScheme.CanadianSin), new("assurance sociale", IdScheme.CanadianSin),
        new("NAS", IdScheme.CanadianSin, CaseSensitive: true),
        new("cpf", IdScheme.Cpf), new("cnpj", IdScheme.Cnpj), new("cadastro de pessoa", IdScheme.Cpf | IdScheme.Cnpj),
        new("curp", IdScheme.Curp), new("rfc", IdScheme.Rfc),
        new("dni", IdScheme.SpanishId | IdScheme.PlainDni), new("d.n.i", IdScheme.SpanishId | IdScheme.PlainDni),
        new("NIE", IdScheme.SpanishId, CaseSensitive: true),
        new("nif", IdScheme.SpanishId | IdScheme.GermanTaxId), new("documento nacional de identidad", IdScheme.SpanishId | IdScheme.PlainDni),
        new("documento de identidad", IdScheme.SpanishId | IdScheme.PlainDni | IdScheme.Generic),
        new("número de identidad", IdScheme.SpanishId | IdScheme.PlainDni | IdScheme.Generic),
        new("numero de identidad", IdScheme.SpanishId | IdScheme.PlainDni | IdScheme.Generic),
        new("cédula", IdScheme.PlainDni | IdScheme.Generic), new("cedula", IdScheme.PlainDni | IdScheme.Generic),
        new("codice fiscale", IdScheme.CodiceFiscale), new("cod. fiscale", IdScheme.CodiceFiscale), new("cod fisc", IdScheme.CodiceFiscale),
        new("C.F.", IdScheme.CodiceFiscale, CaseSensitive: true), new("CF", IdScheme.CodiceFiscale, CaseSensitive: true),
        new("sécurité sociale", IdScheme.FrenchNir), new("securite sociale", IdScheme.FrenchNir), new("sécu", IdScheme.FrenchNir),
        new("NIR", IdScheme.FrenchNir, CaseSensitive: true), new("insee", IdScheme.FrenchNir), new("carte vitale", IdScheme.FrenchNir),
        new("french social security", IdScheme.FrenchNir),
        new("steuer-id", IdScheme.GermanTaxId), new("steuerid", IdScheme.GermanTaxId), new("steuer id", IdScheme.GermanTaxId),
        new("steuer-identifikationsnummer", IdScheme.GermanTaxId), new("steueridentifikationsnummer", IdScheme.GermanTaxId),
        new("steuerliche identifikationsnummer", IdScheme.GermanTaxId), new("identifikationsnummer", IdScheme.GermanTaxId),
        new("IdNr", IdScheme.GermanTaxId, CaseSensitive: true), new("steuernummer", IdScheme.GermanTaxId | IdScheme.Generic),
        new("bsn", IdScheme.Bsn), new("burgerservicenummer", IdScheme.Bsn), new("sofinummer", IdScheme.Bsn), new("sofi-nummer", IdScheme.Bsn),
        new("rijksregisternummer", IdScheme.Belgian), new("rijksregister", IdScheme.Belgian), new("numéro national", IdScheme.Belgian),
        new("numero national", IdScheme.Belgian), new("registre national", IdScheme.Belgian), new("insz", IdScheme.Belgian),
        new("niss", IdScheme.Belgian), new("national register number", IdScheme.Belgian), new("national number", IdScheme.Belgian),
        new("pesel", IdScheme.Pesel),
        new("personnummer", IdScheme.Swedish | IdScheme.DanishCpr | IdScheme.NorwegianId), new("personnr", IdScheme.Swedish),
        new("samordningsnummer", IdScheme.Swedish), new("personal identity number", IdScheme.Swedish | IdScheme.Finnish | Any),
        new("cpr", IdScheme.DanishCpr), new("cpr-nummer", IdScheme.DanishCpr), new("fødselsnummer", IdScheme.NorwegianId),
        new("fodselsnummer", IdScheme.NorwegianId),
        new("주민등록번호", IdScheme.KoreanRrn), new("주민번호", IdScheme.KoreanRrn), new("resident registration number", IdScheme.KoreanRrn),
        new("RRN", IdScheme.KoreanRrn, CaseSensitive: true),
        new("マイナンバー", IdScheme.MyNumber), new("個人番号", IdScheme.MyNumber), new("mynumber", IdScheme.MyNumber),
        new("my number", IdScheme.MyNumber, Weak: true),
        new("hkid", IdScheme.HongKong), new("hk id", IdScheme.HongKong), new("hong kong id", IdScheme.HongKong),
        new("香港身份證", IdScheme.HongKong), new("香港身份证", IdScheme.HongKong), new("身份證", IdScheme.HongKong | IdScheme.Taiwan),
        new("身分證", IdScheme.Taiwan), new("統一證號", IdScheme.Taiwan), new("taiwan id", IdScheme.Taiwan), new("taiwanese id", IdScheme.Taiwan),
        new("nric", IdScheme.Singapore | IdScheme.MyKad), new("FIN", IdScheme.Singapore, CaseSensitive: true),
        new("IC", IdScheme.Singapore | IdScheme.MyKad, CaseSensitive: true), new("ic no", IdScheme.Singapore | IdScheme.MyKad),
        new("ic number", IdScheme.Singapore | IdScheme.MyKad), new("mykad", IdScheme.MyKad), new("kad pengenalan", IdScheme.MyKad),
        new("tfn", IdScheme.Tfn), new("tax file number", IdScheme.Tfn), new("medicare", IdScheme.Medicare),
        new("south african id", IdScheme.SouthAfrica), new("sa id", IdScheme.SouthAfrica), new("rsa id", IdScheme.SouthAfrica),
        new("tc kimlik", IdScheme.Turkish), new("t.c. kimlik", IdScheme.Turkish), new("kimlik", IdScheme.Turkish), new("tckn", IdScheme.Turkish),
        new("tc no", IdScheme.Turkish),
        new("teudat zehut", IdScheme.Israeli), new("teudat zeut", IdScheme.Israeli), new("תעודת זהות", IdScheme.Israeli),
        new("ת.ז", IdScheme.Israeli), new("israeli id", IdScheme.Israeli), new("mispar zehut", IdScheme.Israeli),
        new("henkilötunnus", IdScheme.Finnish), new("henkilotunnus", IdScheme.Finnish), new("hetu", IdScheme.Finnish),
        new("personal identity code", IdScheme.Finnish),
        new("RUT", IdScheme.Chilean, CaseSensitive: true), new("RUN", IdScheme.Chilean, CaseSensitive: true), new("r.u.t", IdScheme.Chilean),
        new("thai id", IdScheme.Thai), new("บัตรประชาชน", IdScheme.Thai), new("เลขประจำตัวประชาชน", IdScheme.Thai),
        new("emirates id", IdScheme.Emirates),
        new("snils", IdScheme.Snils), new("снилс", IdScheme.Snils), new("инн", IdScheme.RussianInn), new("INN", IdScheme.RussianInn, CaseSensitive: true),
        new("EIN", IdScheme.Ein, CaseSensitive: true), new("employer identification number", IdScheme.Ein), new("fein", IdScheme.Ein),
        new("employer id", IdScheme.Ein), new("federal tax id", IdScheme.Ein | IdScheme.Itin),
        new("itin", IdScheme.Itin), new("individual taxpayer identification", IdScheme.Itin),
        new("tax id", Tax), new("tax identification number", Tax), new("taxpayer id", Tax), new("TIN", Tax, CaseSensitive: true),
        new("NIK", IdScheme.IndonesianNik, CaseSensitive: true), new("ktp", IdScheme.IndonesianNik),
        new("nomor induk kependudukan", IdScheme.IndonesianNik),
        new("cccd", IdScheme.VietnameseId), new("cmnd", IdScheme.VietnameseId), new("căn cước", IdScheme.VietnameseId),
        new("can cuoc", IdScheme.VietnameseId),
        // Generic names of an identity document's number: any checked scheme, or (named) any ID-shaped value.
        new("national id", Any), new("national identity", Any), new("national identification", Any), new("identity card", Any),
        new("identity number", Any), new("identity no", Any), new("id card", Any), new("citizen id", Any), new("citizenship number", Any),
        new("government id", Any), new("government-issued id", Any), new("state id", Any), new("id number", Any), new("id no", Any),
        new("personal id", Any), new("personal number", Any), new("identification number", Any), new("personalausweis", Any),
        new("ausweisnummer", Any), new("carte d'identité", Any), new("carte nationale d'identité", Any), new("numéro d'identité", Any),
        new("carta d'identità", Any), new("numer dowodu", Any), new("dowód osobisty", Any), new("identiteitskaart", Any),
        new("ID", Any, CaseSensitive: true, Weak: true),
    ];

    /// <summary>Case-insensitive ASCII label texts, for one vectorised search of the whole text.</summary>
    public static readonly SearchValues<string> AsciiSearch = SearchValues.Create(
        [.. All.Where(l => !l.CaseSensitive && System.Text.Ascii.IsValid(l.Text)).Select(l => l.Text).Distinct(StringComparer.OrdinalIgnoreCase)],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Case-sensitive labels ("SIN", "PAN", "ID"): a separate ordinal search, so "in", "id", "pan" inside words cost nothing.</summary>
    public static readonly SearchValues<string> CaseSensitiveSearch =
        SearchValues.Create([.. All.Where(l => l.CaseSensitive).Select(l => l.Text).Distinct()], StringComparison.Ordinal);

    /// <summary>The other labels (accented, Han, Hangul, Cyrillic, Hebrew, Thai, Devanagari), found from their first non-ASCII character.</summary>
    public static readonly NationalIdLabel[] Other = [.. All.Where(l => !l.CaseSensitive && !System.Text.Ascii.IsValid(l.Text))];

    /// <summary>Where each of <see cref="Other"/> has its first non-ASCII character.</summary>
    public static readonly int[] OtherAnchorOffsets = [.. Other.Select(l => l.Text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F'))];

    /// <summary>Those first non-ASCII characters, both cases.</summary>
    public static readonly SearchValues<char> OtherAnchors = SearchValues.Create(
        [.. Other.Select((l, i) => l.Text[OtherAnchorOffsets[i]]).SelectMany(c => new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) }).Distinct()]);
}
