namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Check digits and date fields of national identity and tax numbers (compact: separators removed, letters upper-case).
/// Each method says whether <c>value</c> is well formed for its scheme, check digit included.
/// </summary>
internal static class NationalIdChecks
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>India Aadhaar: 12 digits, the first 2–9, Verhoeff check.</summary>
    public static bool Aadhaar(ReadOnlySpan<char> value) =>
        value.Length == 12 && AllDigits(value) && value[0] >= '2' && Verhoeff(value);

    /// <summary>UK NHS number: 10 digits, weights 10..2, mod 11 (a remainder giving 10 is never issued).</summary>
    public static bool Nhs(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || !AllDigits(value))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (value[i] - '0') * (10 - i);
        }
        var check = 11 - sum % 11;
        return check != 10 && (check == 11 ? 0 : check) == value[9] - '0';
    }

    /// <summary>Canadian SIN: 9 digits, Luhn, not starting with 0 or 8.</summary>
    public static bool CanadianSin(ReadOnlySpan<char> value) =>
        value.Length == 9 && AllDigits(value) && value[0] is not ('0' or '8') && Checksums.Luhn(value);

    /// <summary>Brazil CPF: 11 digits, two mod-11 check digits; not one digit repeated.</summary>
    public static bool Cpf(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value) || Repeated(value))
        {
            return false;
        }
        return CpfDigit(value[..9], 10) == value[9] - '0' && CpfDigit(value[..10], 11) == value[10] - '0';
    }

    private static int CpfDigit(ReadOnlySpan<char> digits, int firstWeight)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (firstWeight - i);
        }
        return sum * 10 % 11 % 10;
    }

    /// <summary>Brazil CNPJ: 14 digits, two mod-11 check digits.</summary>
    public static bool Cnpj(ReadOnlySpan<char> value)
    {
        if (value.Length != 14 || !AllDigits(value) || Repeated(value))
        {
            return false;
        }
        ReadOnlySpan<int> weights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        return CnpjDigit(value[..12], weights[1..]) == value[12] - '0' && CnpjDigit(value[..13], weights) == value[13] - '0';
    }

    private static int CnpjDigit(ReadOnlySpan<char> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }
        return sum % 11 < 2 ? 0 : 11 - sum % 11;
    }

    /// <summary>Spain DNI (8 digits and a check letter) or NIE (X, Y or Z, 7 digits and a check letter).</summary>
    public static bool SpanishId(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !char.IsAsciiLetterUpper(value[8]))
        {
            return false;
        }
        var lead = value[0] switch { 'X' => 0, 'Y' => 1, 'Z' => 2, >= '0' and <= '9' => value[0] - '0', _ => -1 };
        if (lead < 0 || !AllDigits(value[1..8]))
        {
            return false;
        }
        var number = lead;
        for (var i = 1; i < 8; i++)
        {
            number = number * 10 + (value[i] - '0');
        }
        return DniLetters[number % 23] == value[8];
    }

    /// <summary>Italy codice fiscale: 16 characters (digits may be replaced by letters, "omocodia"), check letter.</summary>
    public static bool CodiceFiscale(ReadOnlySpan<char> value)
    {
        if (value.Length != 16)
        {
            return false;
        }
        for (var i = 0; i < 15; i++)
        {
            var letterPlace = i < 6 || i == 8 || i == 11;
            if (letterPlace ? !char.IsAsciiLetterUpper(value[i]) : !(char.IsAsciiDigit(value[i]) || "LMNPQRSTUV".Contains(value[i])))
            {
                return false;
            }
        }
        if (!"ABCDEHLMPRST".Contains(value[8]))
        {
            return false;
        }
        ReadOnlySpan<int> odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = value[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? odd[index] : index;
        }
        return value[15] == (char)('A' + sum % 26);
    }

    /// <summary>France NIR (numéro de sécurité sociale): 13 characters (2A/2B for Corsica) and a 2-digit key, 97 - n mod 97.</summary>
    public static bool FrenchNir(ReadOnlySpan<char> value)
    {
        if (value.Length != 15 || value[0] is not ('1' or '2' or '3' or '4' or '7' or '8') || !AllDigits(value[..5]) || !AllDigits(value[7..]))
        {
            return false;
        }
        long number = 0;
        for (var i = 0; i < 13; i++)
        {
            var c = value[i];
            int digit;
            if (i == 6 && value[5] == '2' && c is 'A' or 'B')
            {
                // Corsica: 2A counts as 19, 2B as 18.
                number = number / 10 * 100 + (c == 'A' ? 19 : 18);
                continue;
            }
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            digit = c - '0';
            number = number * 10 + digit;
        }
        var key = (value[13] - '0') * 10 + (value[14] - '0');
        return key == 97 - (int)(number % 97);
    }

    /// <summary>Germany Steuer-ID: 11 digits, no leading 0, one digit repeated two or three times in the first ten, ISO 7064 MOD 11,10.</summary>
    public static bool GermanTaxId(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value) || value[0] == '0')
        {
            return false;
        }
        Span<int> counts = stackalloc int[10];
        foreach (var c in value[..10])
        {
            counts[c - '0']++;
        }
        var distinct = 0;
        var max = 0;
        foreach (var count in counts)
        {
            distinct += count > 0 ? 1 : 0;
            max = Math.Max(max, count);
        }
        if (!((distinct == 9 && max == 2) || (distinct == 8 && max == 3)))
        {
            return false;
        }
        var product = 10;
        for (var i = 0; i < 10; i++)
        {
            var sum = (value[i] - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        var check = 11 - product;
        return (check == 10 ? 0 : check) == value[10] - '0';
    }

    /// <summary>Netherlands BSN: 9 digits (8 with a leading zero dropped), the "11-proof": weights 9..2 and -1, sum mod 11 == 0.</summary>
    public static bool Bsn(ReadOnlySpan<char> value)
    {
        if (value.Length is not (8 or 9) || !AllDigits(value) || Repeated(value))
        {
            return false;
        }
        var sum = 0;
        var weight = value.Length;
        for (var i = 0; i < value.Length - 1; i++)
        {
            sum += (value[i] - '0') * weight--;
        }
        sum -= value[^1] - '0';
        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>Belgium national register number: YYMMDD, a 3-digit serial, 97 - n mod 97 (with 2 before it for births from 2000).</summary>
    public static bool BelgianNationalNumber(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value))
        {
            return false;
        }
        var number = long.Parse(value[..9], provider: System.Globalization.CultureInfo.InvariantCulture);
        var key = (value[9] - '0') * 10 + (value[10] - '0');
        return key == 97 - (int)(number % 97) || key == 97 - (int)((2_000_000_000L + number) % 97);
    }

    /// <summary>Poland PESEL: 11 digits, weights 1-3-7-9, month 01–12 plus 20/40/60/80 for the century.</summary>
    public static bool Pesel(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value))
        {
            return false;
        }
        var month = Two(value, 2) % 20;
        if (month is < 1 or > 12 || Two(value, 4) is < 1 or > 31)
        {
            return false;
        }
        ReadOnlySpan<int> weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }
        return (10 - sum % 10) % 10 == value[10] - '0';
    }

    /// <summary>Sweden personnummer: YYMMDD (day + 60 for a coordination number) and four digits, Luhn over those ten; 12 with the century.</summary>
    public static bool SwedishPersonalNumber(ReadOnlySpan<char> value)
    {
        if (value.Length == 12 && value[0] is '1' or '2')
        {
            value = value[2..];
        }
        if (value.Length != 10 || !AllDigits(value))
        {
            return false;
        }
        var day = Two(value, 4);
        return ValidMonthDay(Two(value, 2), day > 60 ? day - 60 : day) && Checksums.Luhn(value);
    }

    /// <summary>Korea resident registration number: YYMMDD, a sex/century digit 1–8, six digits; the check digit (dropped for numbers issued from October 2020) when <paramref name="checked"/>.</summary>
    public static bool KoreanRrn(ReadOnlySpan<char> value, bool @checked)
    {
        if (value.Length != 13 || !AllDigits(value) || !ValidMonthDay(Two(value, 2), Two(value, 4)) || value[6] is '0' or '9')
        {
            return false;
        }
        if (!@checked)
        {
            return true;
        }
        ReadOnlySpan<int> weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }
        return (11 - sum % 11) % 10 == value[12] - '0';
    }

    /// <summary>Japan My Number (個人番号): 12 digits, the last a check digit over weights 2–7.</summary>
    public static bool JapaneseMyNumber(ReadOnlySpan<char> value)
    {
        if (value.Length != 12 || !AllDigits(value))
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            sum += (value[11 - n] - '0') * (n <= 6 ? n + 1 : n - 5);
        }
        var remainder = sum % 11;
        return (remainder <= 1 ? 0 : 11 - remainder) == value[11] - '0';
    }

    /// <summary>Hong Kong identity card: one or two letters, six digits, a check digit or A (the part in brackets).</summary>
    public static bool HongKongId(ReadOnlySpan<char> value)
    {
        var letters = value.Length == 9 ? 2 : value.Length == 8 ? 1 : 0;
        if (letters == 0 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[letters - 1]) || !AllDigits(value[letters..^1])
            || !(char.IsAsciiDigit(value[^1]) || value[^1] == 'A'))
        {
            return false;
        }
        var sum = letters == 2 ? (value[0] - 'A' + 10) * 9 + (value[1] - 'A' + 10) * 8 : 36 * 9 + (value[0] - 'A' + 10) * 8;
        for (var i = 0; i < 6; i++)
        {
            sum += (value[letters + i] - '0') * (7 - i);
        }
        var check = (11 - sum % 11) % 11;
        return value[^1] == (check == 10 ? 'A' : (char)('0' + check));
    }

    /// <summary>Taiwan national ID (or a new resident certificate): a letter, 1/2 (8/9), eight digits, weighted check.</summary>
    public static bool TaiwanId(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || !char.IsAsciiLetterUpper(value[0]) || value[1] is not ('1' or '2' or '8' or '9') || !AllDigits(value[1..]))
        {
            return false;
        }
        const string Order = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
        var code = Order.IndexOf(value[0], StringComparison.Ordinal) + 10;
        var sum = code / 10 + code % 10 * 9;
        for (var i = 1; i < 9; i++)
        {
            sum += (value[i] - '0') * (9 - i);
        }
        return (10 - sum % 10) % 10 == value[9] - '0';
    }

    /// <summary>Singapore NRIC/FIN: S, T, F, G or M, seven digits, a check letter.</summary>
    public static bool SingaporeNric(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !AllDigits(value[1..8]) || !char.IsAsciiLetterUpper(value[8]))
        {
            return false;
        }
        ReadOnlySpan<int> weights = [2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (value[i + 1] - '0') * weights[i];
        }
        return value[0] switch
        {
            'S' => "JZIHGFEDCBA"[sum % 11] == value[8],
            'T' => "JZIHGFEDCBA"[(sum + 4) % 11] == value[8],
            'F' => "XWUTRQPNMLK"[sum % 11] == value[8],
            'G' => "XWUTRQPNMLK"[(sum + 4) % 11] == value[8],
            'M' => "KLJNPQRTUWX"[(sum + 3) % 11] == value[8],
            _ => false,
        };
    }

    /// <summary>Malaysia MyKad: YYMMDD, a place-of-birth code (01–16, 21–59 states, 60–99 abroad; 00, 17–20 unused), four digits.</summary>
    public static bool MyKad(ReadOnlySpan<char> value)
    {
        if (value.Length != 12 || !AllDigits(value) || !ValidMonthDay(Two(value, 2), Two(value, 4)))
        {
            return false;
        }
        var place = Two(value, 6);
        return place is (>= 1 and <= 16) or (>= 21 and <= 99);
    }

    /// <summary>Australia tax file number: 8 or 9 digits, weighted sum mod 11 == 0.</summary>
    public static bool AustralianTfn(ReadOnlySpan<char> value)
    {
        if (value.Length is not (8 or 9) || !AllDigits(value) || Repeated(value))
        {
            return false;
        }
        ReadOnlySpan<int> weights = value.Length == 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : [10, 7, 8, 4, 6, 3, 5, 1];
        var sum = 0;
        for (var i = 0; i < value.Length; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }
        return sum % 11 == 0;
    }

    /// <summary>Australia Medicare card: 10 digits (11 with the position on the card), first 2–6, the 9th a check digit.</summary>
    public static bool Medicare(ReadOnlySpan<char> value)
    {
        if (value.Length is not (10 or 11) || !AllDigits(value) || value[0] is < '2' or > '6')
        {
            return false;
        }
        ReadOnlySpan<int> weights = [1, 3, 7, 9, 1, 3, 7, 9];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }
        return sum % 10 == value[8] - '0';
    }

    /// <summary>South Africa ID: YYMMDD, four digits, citizenship 0–2, a digit (8 or 9 in issued numbers), Luhn.</summary>
    public static bool SouthAfricanId(ReadOnlySpan<char> value) =>
        value.Length == 13 && AllDigits(value) && ValidMonthDay(Two(value, 2), Two(value, 4)) && value[10] is '0' or '1' or '2'
        && value[11] is '8' or '9' && Checksums.Luhn(value);

    /// <summary>Turkey T.C. Kimlik No: 11 digits, no leading 0, two check digits.</summary>
    public static bool TurkishId(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value) || value[0] == '0')
        {
            return false;
        }
        Span<int> d = stackalloc int[11];
        for (var i = 0; i < 11; i++)
        {
            d[i] = value[i] - '0';
        }
        var odd = d[0] + d[2] + d[4] + d[6] + d[8];
        var even = d[1] + d[3] + d[5] + d[7];
        if (((odd * 7 - even) % 10 + 10) % 10 != d[9])
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += d[i];
        }
        return sum % 10 == d[10];
    }

    /// <summary>Israel Teudat Zehut: up to 9 digits (zero-padded), Luhn-like with weights 1 and 2 from the left.</summary>
    public static bool IsraeliId(ReadOnlySpan<char> value)
    {
        if (value.Length is < 5 or > 9 || !AllDigits(value) || Repeated(value))
        {
            return false;
        }
        var sum = 0;
        var pad = 9 - value.Length;
        for (var i = 0; i < value.Length; i++)
        {
            var d = (value[i] - '0') * ((i + pad) % 2 == 0 ? 1 : 2);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }

    /// <summary>Mexico CURP: 4 letters, YYMMDD, H/M/X, state (2 letters), 3 consonants, a homonym character, a check digit.</summary>
    public static bool Curp(ReadOnlySpan<char> value)
    {
        if (value.Length != 18 || !AllUpper(value[..4]) || !AllDigits(value[4..10]) || value[10] is not ('H' or 'M' or 'X')
            || !AllUpper(value[11..16]) || !char.IsAsciiLetterOrDigit(value[16]) || !char.IsAsciiDigit(value[17])
            || !ValidMonthDay(Two(value, 6), Two(value, 8)))
        {
            return false;
        }
        const string Alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(value[i], StringComparison.Ordinal) * (18 - i);
        }
        return (10 - sum % 10) % 10 == value[17] - '0';
    }

    /// <summary>Mexico RFC of a person: 4 letters, YYMMDD, a 2-character homoclave and a check character (mod 11).</summary>
    public static bool Rfc(ReadOnlySpan<char> value)
    {
        if (value.Length != 13 || !AllUpper(value[..4]) || !AllDigits(value[4..10]) || !ValidMonthDay(Two(value, 6), Two(value, 8))
            || !char.IsAsciiLetterOrDigit(value[10]) || !char.IsAsciiLetterOrDigit(value[11]) || !(char.IsAsciiDigit(value[12]) || value[12] == 'A'))
        {
            return false;
        }
        const string Alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += Alphabet.IndexOf(value[i], StringComparison.Ordinal) * (13 - i);
        }
        var remainder = sum % 11;
        var check = remainder == 0 ? '0' : 11 - remainder == 10 ? 'A' : (char)('0' + 11 - remainder);
        return check == value[12];
    }

    /// <summary>India PAN: five letters (the fourth the holder's kind: P a person, C a company…), four digits, a letter. No check digit.</summary>
    public static bool IndianPan(ReadOnlySpan<char> value) =>
        value.Length == 10 && AllUpper(value[..5]) && AllDigits(value[5..9]) && char.IsAsciiLetterUpper(value[9]) && "PCHFATBLJG".Contains(value[3]);

    /// <summary>UK National Insurance number: two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, KN, NK, NT, TN, ZZ), six digits, A–D.</summary>
    public static bool UkNino(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !AllUpper(value[..2]) || !AllDigits(value[2..8]) || value[8] is < 'A' or > 'D')
        {
            return false;
        }
        if ("DFIQUV".Contains(value[0]) || "DFIQUVO".Contains(value[1]))
        {
            return false;
        }
        var prefix = value[..2];
        return !(prefix is "BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");
    }

    /// <summary>Finland henkilötunnus: DDMMYY, a century sign, three digits, a check character (mod 31).</summary>
    public static bool FinnishId(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value[..6]) || !"+-ABCDEFUVWXY".Contains(value[6]) || !AllDigits(value[7..10])
            || !ValidMonthDay(Two(value, 2), Two(value, 0)))
        {
            return false;
        }
        var number = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i != 6)
            {
                number = number * 10 + (value[i] - '0');
            }
        }
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[number % 31] == value[10];
    }

    /// <summary>Chile RUT/RUN: 7–8 digits and a mod-11 check digit or K.</summary>
    public static bool ChileanRut(ReadOnlySpan<char> value)
    {
        if (value.Length is < 8 or > 9 || !AllDigits(value[..^1]))
        {
            return false;
        }
        var sum = 0;
        var weight = 2;
        for (var i = value.Length - 2; i >= 0; i--)
        {
            sum += (value[i] - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        var check = 11 - sum % 11;
        var expected = check == 11 ? '0' : check == 10 ? 'K' : (char)('0' + check);
        return expected == value[^1];
    }

    /// <summary>Thailand ID: 13 digits, the last a mod-11 check over weights 13..2.</summary>
    public static bool ThaiId(ReadOnlySpan<char> value)
    {
        if (value.Length != 13 || !AllDigits(value) || value[0] == '0')
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (value[i] - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == value[12] - '0';
    }

    /// <summary>UAE Emirates ID: 784, the birth year, seven digits, Luhn.</summary>
    public static bool EmiratesId(ReadOnlySpan<char> value) =>
        value.Length == 15 && value.StartsWith("784") && AllDigits(value) && Checksums.Luhn(value);

    /// <summary>Russia SNILS: 9 digits and a 2-digit check (weights 9..1, mod 101, 100 → 00).</summary>
    public static bool Snils(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || !AllDigits(value))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (value[i] - '0') * (9 - i);
        }
        var check = sum % 101 % 100;
        return check == Two(value, 9);
    }

    /// <summary>US ITIN: 9, two digits, a group of 50–65, 70–88, 90–92 or 94–99, four digits.</summary>
    public static bool Itin(ReadOnlySpan<char> value) =>
        value.Length == 9 && AllDigits(value) && value[0] == '9' && Two(value, 3) is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);

    /// <summary>US ABA routing number: 9 digits, weights 3-7-1, a Federal Reserve prefix (00–12, 21–32, 61–72, 80).</summary>
    public static bool AbaRouting(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !AllDigits(value) || Repeated(value))
        {
            return false;
        }
        var prefix = Two(value, 0);
        if (!(prefix <= 12 || prefix is (>= 21 and <= 32) or (>= 61 and <= 72) or 80))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i += 3)
        {
            sum += 3 * (value[i] - '0') + 7 * (value[i + 1] - '0') + (value[i + 2] - '0');
        }
        return sum % 10 == 0;
    }

    /// <summary>Verhoeff check over the whole number (the last digit the check digit).</summary>
    public static bool Verhoeff(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<byte> d =
        [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 0, 6, 7, 8, 9, 5, 2, 3, 4, 0, 1, 7, 8, 9, 5, 6, 3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
            4, 0, 1, 2, 3, 9, 5, 6, 7, 8, 5, 9, 8, 7, 6, 0, 4, 3, 2, 1, 6, 5, 9, 8, 7, 1, 0, 4, 3, 2, 7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
            8, 7, 6, 5, 9, 3, 2, 1, 0, 4, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
        ];
        ReadOnlySpan<byte> p =
        [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 5, 7, 6, 2, 8, 3, 0, 9, 4, 5, 8, 0, 3, 7, 9, 6, 1, 4, 2, 8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
            9, 4, 5, 3, 1, 2, 6, 8, 7, 0, 4, 2, 8, 6, 5, 7, 3, 9, 0, 1, 2, 7, 9, 3, 8, 0, 6, 4, 1, 5, 7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
        ];
        var c = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            c = d[c * 10 + p[i % 8 * 10 + (digits[digits.Length - 1 - i] - '0')]];
        }
        return c == 0;
    }

    /// <summary>A month 1–12 and a day 1–31 (not checked against the month).</summary>
    public static bool ValidMonthDay(int month, int day) => month is >= 1 and <= 12 && day is >= 1 and <= 31;

    public static int Two(ReadOnlySpan<char> value, int at) => (value[at] - '0') * 10 + (value[at + 1] - '0');

    public static bool AllDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    private static bool AllUpper(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('A', 'Z');

    /// <summary>One digit throughout ("000000000", "11111111111"): a placeholder, never issued.</summary>
    private static bool Repeated(ReadOnlySpan<char> value) => !value.ContainsAnyExcept(value[0]);
}
