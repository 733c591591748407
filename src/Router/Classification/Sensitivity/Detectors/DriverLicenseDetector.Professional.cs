using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Professional and occupational licence numbers (sixteenth author): a licence of a named profession or trade — nursing or
/// medical registration, a practising licence, a pharmacist's, a ship's mate's or skipper's, a fishing, pilot's,
/// contractor's, electrician's or firearms licence — then only a connector ("No.", "#", "number", a closing bracket) and a
/// letter-prefixed number ("PL-381946", "MFL 2047318") or six or more digits. Like a driving licence it identifies its
/// holder; the profession word is the evidence that it is a person's licence and not a software or liquor licence. Nineteenth
/// pass: security and door work (an SIA badge's 16 digits), investigators and other trades licensed person by person, and a
/// licence, permit or badge after a possessive ("her permit no. …") unless a product, premises or vehicle word says whose it is.
/// </summary>
internal sealed partial class DriverLicenseDetector
{
    // Cheap cue first: every label ends in one of these words.
    private static readonly SearchValues<string> ProfessionalLicenceWords =
        SearchValues.Create(["licen", "registration", "permit", "certificate of competency", "badge"], StringComparison.OrdinalIgnoreCase);

    private static bool MayNameProfessionalLicence(string text) => text.AsSpan().ContainsAny(ProfessionalLicenceWords);

    private static void AddProfessionalLicences(string text, List<TextSpan> found)
    {
        foreach (var match in ProfessionalLicence().EnumerateMatches(text))
        {
            var number = ProfessionalNumber().Match(text, match.Index, match.Length);
            if (!number.Success || ProductLicence().IsMatch(text.AsSpan(match.Index, number.Index - match.Index)))
            {
                continue;
            }
            var span = new TextSpan(number.Index, number.Index + number.Length);
            if (!found.Exists(f => f.Overlaps(span)) && !PlaceholderNumber(text.AsSpan(number.Index, number.Length)))
            {
                found.Add(span);
            }
        }
    }

    // "PL-000000", "MFL-1234567", "123456": a sample in a form hint or a how-to, no one's licence.
    private static bool PlaceholderNumber(ReadOnlySpan<char> number)
    {
        var digits = number[number.IndexOfAnyInRange('0', '9')..];
        if (digits.IndexOfAnyExcept(digits[0]) < 0)
        {
            return true;
        }
        for (var i = 1; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]) || digits[i] - digits[i - 1] != 1)
            {
                return false;
            }
        }
        return true;
    }

    // The profession (up to three words before the licence word, no sentence end), the licence word, a connector, the number.
    private const string Professions =
        @"nurs(?:e|es|ing)|midwi(?:fe|ves|fery)|pharmac(?:y|ist|ists)|medical|physicians?|doctors?|dental|dentists?|veterinary|vets?"
        + @"|paramedics?|practi[sc]ing|practice|mate['’]s|master['’]s|skippers?|fishing|fisher(?:man|men|y)?|boatmasters?|boat|mariners?"
        + @"|seafarers?|pilots?|aviation|contractors?|electricians?|plumb(?:er|ers|ing)|builders?|gas ?safe|teaching|teachers?"
        + @"|real estate|estate agents?|brokers?|firearms?|shotgun|gun|taxi|hackney|private hire|chauffeurs?|psychologists?|counsell?ors?"
        + @"|social workers?|architects?|surveyors?|optometrists?|chiropractors?|physiotherapists?|radiographers?|care workers?|hunting"
        // Security and door work (SIA badges, guard cards), investigators, and other trades licensed person by person (nineteenth pass).
        + @"|security|SIA|door ?supervisors?|door ?staff|bouncers?|guards?|stewards?|bodyguards?|close protection|crowd controll?ers?"
        + @"|(?:private )?investigators?|locksmiths?|tattoo(?:ists?|ing)?|childminders?|driving instructors?|forklift|crane operators?"
        + @"|scaffolders?|welders?|lifeguards?|food handlers?|notar(?:y|ies)|solicitors?|barristers?|attorneys?|lawyers?|accountants?"
        + @"|auditors?|interpreters?|translators?|funeral directors?|embalmers?|cosmetolog(?:y|ists?)|beauticians?|barbers?"
        + @"|hairdress(?:ers?|ing)|estheticians?|dietitians?|opticians?|podiatrists?|acupuncturists?|osteopaths?|pawnbrokers?"
        + @"|bail bonds?(?:man|men)?|process servers?"
        // A person's own licence, permit or badge ("her permit no. …", "my licence number …"), a product's aside (ProductLicence).
        + @"|my|his|her|their|your";

    // A licence that a business, a product or a vehicle holds, not a person ("my software licence", "her liquor licence").
    [GeneratedRegex(@"(?i:\b(?:software|product|liquor|alcohol|premises|business|trading|site|seat|volume|server|music|broadcast"
        + @"|import|export|planning|building|parking|vehicle|car|company|vat|tax|game|app|windows|office|adobe|key)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ProductLicence();

    [GeneratedRegex(@"(?i:\b(?:" + Professions + @")(?:['’]s|s['’])?(?:[ -][A-Za-z'’()]+){0,3}?[ -]\(?(?:licen[cs]e|registration|permit|certificate of competency|badge)\)?"
        + @"(?:[ \t:#.,()（）-]|\b(?:number|num|no|nr|id|is|was)\b)*)(?<![A-Za-z0-9-])(?:[A-Z]{1,4}[-/ ]?[0-9]{5,9}[A-Z]?|[0-9]{6,10}|[0-9]{16}|[0-9]{4}(?: [0-9]{4}){3})(?![A-Za-z0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProfessionalLicence();

    // The number at the end of a ProfessionalLicence match.
    [GeneratedRegex(@"(?:[A-Z]{1,4}[-/ ]?[0-9]{5,9}[A-Z]?|[0-9]{6,10}|[0-9]{16}|[0-9]{4}(?: [0-9]{4}){3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ProfessionalNumber();
}
