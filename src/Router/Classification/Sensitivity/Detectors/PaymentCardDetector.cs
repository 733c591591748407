using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// 13–19 digit card numbers, contiguous or grouped 4-4-4-4(-3) / 4-6-5, with a plausible issuer prefix
/// (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay 62) and a valid Luhn check digit.
/// </summary>
internal sealed partial class PaymentCardDetector : ISensitivityDetector
{
    public string Name => "payment_card";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "Luhn valid";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 13)
        {
            return;
        }
        Span<char> digits = stackalloc char[19];
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            var length = 0;
            foreach (var c in input.Text.AsSpan(match.Index, match.Length))
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[length++] = c;
                }
            }
            var number = digits[..length];
            if (length is >= 13 and <= 19 && PlausibleIssuer(number) && Checksums.Luhn(number)
                && !LabelContext.LabelledAs(input.Text, match.Index, LabelContext.BusinessLabels, LabelContext.CardLabels)
                && !LabelContext.LabelledAs(input.Text, match.Index, LabelContext.IdentityLabels, LabelContext.CardLabels))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    internal static bool PlausibleIssuer(ReadOnlySpan<char> number)
    {
        var two = (number[0] - '0') * 10 + (number[1] - '0');
        var four = two * 100 + (number[2] - '0') * 10 + (number[3] - '0');
        return number[0] switch
        {
            '4' => number.Length is 13 or 16 or 18 or 19,
            '5' => two is >= 51 and <= 55 ? number.Length == 16 : number.Length >= 16, // Mastercard 16; Maestro 16-19
            '6' => number.Length >= 16,
            '3' => two switch
            {
                34 or 37 => number.Length == 15,
                30 or 36 or 38 or 39 => number.Length >= 14,
                35 => four is >= 3528 and <= 3589 && number.Length >= 16,
                _ => false,
            },
            '2' => four is >= 2221 and <= 2720 && number.Length == 16,
            _ => false,
        };
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z.-])(?<![0-9][ -])(?:[0-9]{13,19}|[0-9]{4}(?<s>[ -])[0-9]{4}\k<s>[0-9]{4}\k<s>[0-9]{1,7}(?:\k<s>[0-9]{3})?|[0-9]{4}(?<t>[ -])[0-9]{6}\k<t>[0-9]{4,5})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
