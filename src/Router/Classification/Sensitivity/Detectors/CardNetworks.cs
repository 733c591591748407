namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Published IIN ranges and lengths of the card networks: Visa; Mastercard (51–55, 2221–2720); Amex (34, 37);
/// Discover (6011, 644–649, 65); Diners (300–305, 3095, 36, 38, 39); JCB (3528–3589); UnionPay (62, 81); Maestro (50,
/// 56–69, 12–19 digits); Mir (2200–2204); RuPay (60, 65, 81, 82, 508, 353, 356); Verve (506099–506198, 507865–507964,
/// 650002–650027); Troy (9792, 65); BORICA (2205); UzCard (8600); Humo (9860); UATP (1, 15 digits); GPN (1946); China
/// T-Union (31, 19 digits); Korean local cards such as BC Card (9, 16 digits; Dinacard 9891 and Troy, Humo likewise).
/// </summary>
internal static class CardNetworks
{
    public static bool Plausible(ReadOnlySpan<char> number)
    {
        var length = number.Length;
        if (length is < 12 or > 19)
        {
            return false;
        }
        var two = (number[0] - '0') * 10 + (number[1] - '0');
        var three = two * 10 + (number[2] - '0');
        var four = three * 10 + (number[3] - '0');
        return number[0] switch
        {
            '4' => length is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 ? length == 16 : length >= 12, // Mastercard; Maestro, Verve, RuPay 508
            '6' => length >= 12, // Maestro 12-19; Discover, UnionPay, RuPay, Troy, Verve 16-19
            '3' => two switch
            {
                34 or 37 => length == 15,
                30 => (three is >= 300 and <= 305 || four == 3095) && length >= 14,
                36 or 38 or 39 => length >= 14,
                31 => length == 19, // China T-Union
                35 => (four is >= 3528 and <= 3589 || three is 353 or 356) && length >= 16,
                _ => false,
            },
            '2' => four switch
            {
                >= 2221 and <= 2720 => length == 16,
                >= 2200 and <= 2205 => length >= 16, // Mir, BORICA
                _ => false,
            },
            '8' => (two is 81 or 82 || four == 8600) && length >= 16, // UnionPay 81, RuPay 81/82, UzCard
            '9' => length == 16, // Korean local (BC Card), Troy 9792, Humo 9860, Dinacard 9891
            '1' => four == 1946 ? length is 16 or 18 or 19 : length == 15, // GPN; UATP
            _ => false,
        };
    }
}
