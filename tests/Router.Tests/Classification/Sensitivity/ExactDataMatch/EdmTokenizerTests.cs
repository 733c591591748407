using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Tests.Classification.Sensitivity.ExactDataMatch;

public sealed class EdmTokenizerTests
{
    private static string CanonicalOf(string text)
    {
        var tokens = new EdmTokens();
        EdmTokenizer.Tokenize(text, tokens);
        Span<char> into = stackalloc char[512];
        var length = EdmTokenizer.Canonical(tokens, 0, tokens.Units.Count - 1, into);
        return into[..length].ToString();
    }

    [Theory]
    [InlineData("John  SMITH", "john smith")]
    [InlineData("  john\tsmith. ", "john smith")]
    [InlineData("ACC-00123", "acc00123")]
    [InlineData("acc 00123", "acc00123")]
    [InlineData("DE89 3704 0044", "de8937040044")]
    [InlineData("+1 (555) 123-4567", "15551234567")]
    [InlineData("张 三丰", "张三丰")]
    [InlineData("Zürich", "zurich")]
    [InlineData("ＡＣＣ－００１２３", "acc00123")]
    [InlineData("Jo\u200Bhn Sm\u00ADith", "john smith")]
    [InlineData("E-٧٧٨٨١٢", "e778812")]
    [InlineData("Falcon项目", "falcon项目")]
    [InlineData("Straße Œuvre", "strasse oeuvre")]
    public void Canonical_NormalisesCaseSpacingWidthAndDigits(string text, string expected) => Assert.Equal(expected, CanonicalOf(text));

    [Fact]
    public void Tokenize_HanCharactersAreUnitsWithOriginalOffsets()
    {
        var tokens = new EdmTokens();

        EdmTokenizer.Tokenize("请联系张三 now", tokens);
        var units = tokens.Units;

        Assert.Equal(6, units.Count);
        Assert.All(units.Take(5), u => Assert.Equal(EdmUnitKind.Han, u.Kind));
        Assert.Equal((3, 4), (units[3].Start, units[3].End));
        Assert.Equal((6, 9, EdmUnitKind.Word), (units[5].Start, units[5].End, units[5].Kind));
    }

    [Fact]
    public void Tokenize_NumbersFarApartStaySeparate()
    {
        var tokens = new EdmTokens();

        EdmTokenizer.Tokenize("rooms 12 and 14, 2024 - 2025", tokens);

        Assert.Equal(["rooms", "12", "and", "14", "2024", "2025"], tokens.Units.Select(u => tokens.Text(u).ToString()));
    }
}
