using Router.Classification.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

public sealed class ScanViewTests
{
    [Theory]
    [InlineData("4111\u200B1111\u00AD1111\u200D1111\uFEFF", "4111111111111111")]
    [InlineData("\u0664\u0661\u0661\u0661 \u0967\u0968\u0969", "4111 123")]
    [InlineData("\uFF11\uFF12\uFF13\uFF1A\uFF41\u3000x", "123:a x")]
    [InlineData("\u2460\u2461 \u00B2\u2083 \u2776", "12 23 1")]
    [InlineData("\U0001D400\U0001D41A\U0001D7CF", "Aa1")]
    [InlineData("1\uFE0F\u20E3 4\u20134", "1 4-4")]
    [InlineData("a\u00A0b\u2028c", "a b\nc")]
    public void Build_FoldsToAsciiAndDropsFormatCharacters(string source, string expected)
    {
        Assert.Equal(expected, ScanViewBuilder.Build([source]).Text);
    }

    [Fact]
    public void Build_SourcesJoinedByNewline_SpansMapBackToEachSource()
    {
        var view = ScanViewBuilder.Build(["my id", "is 1101\u200B05"]);

        Assert.Equal("my id\nis 110105", view.Text);
        Assert.Equal((1, 3, 10), view.ToSource(new TextSpan(9, 15)));
        Assert.Equal((0, 3, 5), view.ToSource(new TextSpan(3, 5)));
    }

    [Fact]
    public void ToSource_SpanAcrossTwoSources_ReportedWhereItStarts()
    {
        var view = ScanViewBuilder.Build(["card 4111 1111", "1111 1111 thanks"]);

        var start = view.Text.IndexOf('4', StringComparison.Ordinal);

        Assert.Equal((0, 5, 14), view.ToSource(new TextSpan(start, start + 19)));
        Assert.Equal((1, 0, 9), view.ToSource(new TextSpan(14, 24)));
        Assert.Null(view.ToSource(new TextSpan(14, 15)));
    }

    [Fact]
    public void ToSource_ExpandedOrDroppedCharacters_CoverTheWholeSourceCharacter()
    {
        var source = "x \u2473 \U0001D7CF\u200B2";
        var view = ScanViewBuilder.Build([source]);

        Assert.Equal("x 20 12", view.Text);
        Assert.Equal((0, 2, 3), view.ToSource(new TextSpan(2, 4)));
        Assert.Equal((0, 4, source.Length), view.ToSource(new TextSpan(5, 7)));
    }

    [Fact]
    public void Build_Base64OfText_AppendsDecodedTextMappedToTheBlock()
    {
        var block = Convert.ToBase64String("my card is 4111 1111 1111 1111"u8);
        var source = $"decode this: {block} please";
        var view = ScanViewBuilder.Build([source]);

        var decoded = view.Text.IndexOf("4111 1111 1111 1111", StringComparison.Ordinal);

        Assert.True(decoded > 0);
        Assert.Equal((0, source.IndexOf(block, StringComparison.Ordinal), source.IndexOf(block, StringComparison.Ordinal) + block.Length), view.ToSource(new TextSpan(decoded, decoded + 19)));
    }

    [Theory]
    [InlineData("ConfigurationManagerExtensionsFactory")]
    [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Build_WordsKeysAndHashes_AreNotDecoded(string token)
    {
        Assert.Equal($"x {token} y", ScanViewBuilder.Build([$"x {token} y"]).Text);
    }

    [Fact]
    public void Build_UnpairedSurrogates_Kept()
    {
        Assert.Equal("a\uD83Db\uDE00", ScanViewBuilder.Build(["a\uD83Db\uDE00"]).Text);
    }
}
