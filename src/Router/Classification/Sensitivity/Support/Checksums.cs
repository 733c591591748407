namespace Router.Classification.Sensitivity.Support;

/// <summary>Check-digit algorithms over ASCII digits (separators already removed).</summary>
internal static class Checksums
{
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /// <summary>ISO 13616 IBAN check: move the first four chars to the end, letters as 10..35, mod 97 == 1.</summary>
    public static bool IbanMod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else
            {
                var value = char.ToUpperInvariant(c) - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            }
        }
        return remainder == 1;
    }

    /// <summary>ISO 7064 MOD 11-2 check character of the first 17 digits of a mainland resident ID.</summary>
    public static char Iso7064Mod11_2(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        var weight = 1;
        for (var i = first17.Length - 1; i >= 0; i--)
        {
            weight = weight * 2 % 11;
            sum += (first17[i] - '0') * weight;
        }
        var check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
