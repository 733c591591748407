using PhoneNumbers;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Per-country validity from libphonenumber (Google's metadata), for shapes too loose to trust on their own: a number
/// dialled with the 00 international prefix ("0044 20 7946 0958") is a phone only if its country plan says it is valid.
/// The metadata loads once, on first use.
/// </summary>
internal static class PhoneValidity
{
    private static readonly Lazy<PhoneNumberUtil> Util = new(PhoneNumberUtil.GetInstance);

    /// <summary>
    /// Loads the metadata and validates one number, so the first request does not pay for it (startup warm-up).
    /// True when the library answered; never throws.
    /// </summary>
    public static bool WarmUp()
    {
        try
        {
            return ValidInternational("442079460958");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="digits"/>, written as a national number of <paramref name="region"/> (trunk prefix or not), is a
    /// valid mobile there (libphonenumber's MOBILE, or FIXED_LINE_OR_MOBILE where a plan does not tell them apart).
    /// </summary>
    public static bool ValidMobileIn(ReadOnlySpan<char> digits, string region)
    {
        try
        {
            var number = Util.Value.Parse(digits.ToString(), region);
            return Util.Value.IsValidNumberForRegion(number, region)
                && Util.Value.GetNumberType(number) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="digits"/> (country code first, no prefix) is a valid number of its country.</summary>
    public static bool ValidInternational(ReadOnlySpan<char> digits)
    {
        try
        {
            var number = Util.Value.Parse(string.Concat("+", digits), "ZZ");
            return Util.Value.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
