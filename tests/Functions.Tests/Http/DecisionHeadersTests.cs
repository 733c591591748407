using Router.Functions.Http;

namespace Router.Functions.Tests.Http;

public sealed class DecisionHeadersTests
{
    [Theory]
    [InlineData("difficulty < threshold", "difficulty < threshold")]
    [InlineData("a, b", "a%2C b")]
    [InlineData("100%", "100%25")]
    [InlineData("line\nbreak", "line%0Abreak")]
    [InlineData("敏感", "%E6%95%8F%E6%84%9F")]
    public void Encode_Reason_IsHeaderSafe(string reason, string expected) =>
        Assert.Equal(expected, DecisionHeaders.Encode(reason));

    [FsCheck.Xunit.Property]
    public bool Encode_AnyString_IsPrintableAsciiWithoutCommaAndDecodesBack(string? value)
    {
        var input = value ?? "";
        var encoded = DecisionHeaders.Encode(input);
        var printable = encoded.All(c => c is >= ' ' and < (char)0x7F && c != ',');
        // Lone surrogates cannot survive UTF-8 in any encoding; only well-formed text must round-trip.
        var wellFormed = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(input)) == input;
        return printable && (!wellFormed || Uri.UnescapeDataString(encoded) == input);
    }
}
