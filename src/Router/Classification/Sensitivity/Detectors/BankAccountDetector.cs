using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Bank account numbers outside IBAN: a number of 6–20 digits named by an account label ("account number", "acct #",
/// "a/c", Konto, compte, cuenta, conta, rekening, 账号, 口座番号) that is either a bank account by its own name (bank,
/// checking, savings, chequing or current account, Kontonummer, 银行账号) or has a bank's routing code near it: an ABA routing
/// number (9 digits, 3-7-1 check), a SWIFT/BIC, a sort code, BSB, IFSC or BLZ, or a bank word (bank, wire, direct deposit,
/// ACH, banco, banque, 银行, 开户行). A labelled ABA-valid routing number next to such an account is reported too. An account
/// number alone ("AWS account 123456789012", "account 1234567 has 3 users") is not a bank account.
/// </summary>
internal sealed partial class BankAccountDetector : ISensitivityDetector
{
    private const int SignalReach = 120;

    // Two sets, because one case-insensitive set mixing ASCII and Han cues takes .NET's slow per-character search over
    // every text; Han has no case, so the ordinal Han words match exactly what a mixed set would. They are found from
    // their first characters (OrdinalStarts), since an ordinal SearchValues of Han words still walks an Aho-Corasick
    // automaton over every character.
    private static readonly string[] LatinCueWords = ["account", "acct", "a/c", "konto", "compte", "cuenta", "conta", "rekening"];

    private static readonly SearchValues<string> LatinCues = SearchValues.Create(LatinCueWords, StringComparison.OrdinalIgnoreCase);

    private static readonly OrdinalStarts HanCues = new(["账号", "帐号", "账户", "帳號", "帳戶", "口座"]);

    public string Name => "bank_account";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "bank account label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount < 6 || (!MayHoldLatinLabel(text) && HanCues.IndexIn(text) < 0))
        {
            return;
        }
        foreach (var match in Account().EnumerateMatches(text))
        {
            var numberStart = NumberStart(text.AsSpan(match.Index, match.Length)) + match.Index;
            var span = new TextSpan(numberStart, match.Index + match.Length);
            var label = text.AsSpan(match.Index, numberStart - match.Index);
            if (found.Exists(f => f.Overlaps(span)))
            {
                continue;
            }
            var bankNamed = BankNamed().IsMatch(label);
            var from = Math.Max(0, match.Index - SignalReach);
            var to = Math.Min(text.Length, match.Index + match.Length + SignalReach);
            if (!bankNamed && !BankSignal().IsMatch(text.AsSpan(from, to - from)))
            {
                continue;
            }
            found.Add(span);
            AddRouting(text, from, to, found);
        }
    }

    /// <summary>
    /// Whether <see cref="Account"/>'s Latin labels can match: each holds one of <see cref="LatinCues"/> after a
    /// non-letter and (but for konto and rekening, which run on into "nummer") before one, so "Contact" or "accounting"
    /// alone cost no pattern scan (s17-speed5 measured that scan at 5–6 % of en-1KB). Where the text holds a character
    /// that a case-insensitive match may take for an ASCII letter (Kelvin sign, long s…), the pattern runs as before.
    /// </summary>
    private static bool MayHoldLatinLabel(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(LatinCues);
        if (at < 0)
        {
            return false;
        }
        if (text.ContainsAny(AsciiLookalikes.Values))
        {
            return true;
        }
        while (true)
        {
            if (at == 0 || !char.IsAsciiLetter(text[at - 1]))
            {
                var rest = text[at..];
                foreach (var cue in LatinCueWords)
                {
                    if (rest.StartsWith(cue, StringComparison.OrdinalIgnoreCase)
                        && (cue is "konto" or "rekening" || rest.Length == cue.Length || !char.IsAsciiLetter(rest[cue.Length])))
                    {
                        return true;
                    }
                }
            }
            var next = text[(at + 1)..].IndexOfAny(LatinCues);
            if (next < 0)
            {
                return false;
            }
            at += next + 1;
        }
    }

    // The routing number beside a reported account: an ABA-valid 9-digit number right after a routing label.
    private static void AddRouting(string text, int from, int to, List<TextSpan> found)
    {
        foreach (var match in Routing().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var start = from + match.Index + match.Length - 9;
            var span = new TextSpan(start, start + 9);
            if (NationalIdChecks.AbaRouting(text.AsSpan(start, 9)) && !found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }

    private static int NumberStart(ReadOnlySpan<char> match)
    {
        var i = match.Length;
        while (i > 0 && (char.IsAsciiDigit(match[i - 1]) || match[i - 1] is ' ' or '-'))
        {
            i--;
        }
        while (!char.IsAsciiDigit(match[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>An account label, a connector ("number", "no.", "#", "is", ":") and 6–20 digits, possibly in groups of 2+ joined by a space or '-'.</summary>
    [GeneratedRegex(@"(?:(?<![A-Za-z])(?i:bank\s+account|checking\s+account|chequing\s+account|savings\s+account|current\s+account|deposit\s+account|bank\s+acct|account|acct|a/c|kontonummer|konto|num[ée]ro\s+de\s+compte|compte|n[úu]mero\s+de\s+cuenta|cuenta|conta|rekeningnummer|rekening)(?![A-Za-z])(?:\s*(?i:number|num|no\.?|nr\.?|#|is|nummer|n°|nº|numero|número|numéro|bancaire|bancaria|banc[áa]ria|corrente|courant|:|-)\s*){0,3}|(?:银行账号|银行帐号|银行账户|银行卡账号|账号|帐号|账户|帳號|帳戶|口座番号)[\s:：是为]{0,3})[\s:#]*[0-9](?:[0-9]|[ -](?=[0-9]{2})){5,19}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    /// <summary>A label that names a bank account by itself.</summary>
    [GeneratedRegex(@"(?i:bank|checking|chequing|savings|current|deposit|kontonummer|bancaire|bancaria|banc[áa]ria|corrente|courant|银行|口座)", RegexOptions.CultureInvariant)]
    private static partial Regex BankNamed();

    /// <summary>A bank's routing code or a bank word near the account.</summary>
    [GeneratedRegex(@"(?i:\b(?:routing|aba|rtn|transit\s+number|swift|bic|sort\s+code|bsb|ifsc|blz|bankleitzahl|bank|banking|wire|direct\s+deposit|ach|iban|banco|banque|bancaire|bancaria|clabe|agência|agencia)\b)|银行|銀行|开户行|支行|銀行口座", RegexOptions.CultureInvariant)]
    private static partial Regex BankSignal();

    [GeneratedRegex(@"(?i:\b(?:routing|aba|rtn|transit)(?:\s*(?:number|num|no\.?|#|is|:))*[\s:#]*)[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Routing();
}
