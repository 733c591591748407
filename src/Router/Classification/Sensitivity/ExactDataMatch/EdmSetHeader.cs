namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// What a set says about itself. <see cref="LengthMask"/> and <see cref="HanLengthMask"/> have bit n set when some value
/// of n units starts with a word or number, or with a Han character, so only n-grams of registered lengths are tried.
/// </summary>
internal sealed record EdmSetHeader(
    string TenantId,
    string KeyId,
    int NormalizationVersion,
    ulong KeyCheck,
    long Count,
    uint LengthMask,
    uint HanLengthMask,
    DateTimeOffset CreatedUtc)
{
    public const int CurrentNormalizationVersion = 1;
}
