using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Tests.Classification.Sensitivity.ExactDataMatch;

public sealed class EdmSetTests
{
    private static readonly EdmSet Set = EdmSetFile.Deserialize(EdmTestSets.File(), "acme.edm", new EdmKey(EdmTestSets.Secret));

    [Theory]
    [InlineData("Draft a reply to JOHN   smith about his refund.", "JOHN   smith")]
    [InlineData("maria DE LA cruz called again", "maria DE LA cruz")]
    [InlineData("Balance of acc00123 is overdue", "acc00123")]
    [InlineData("Transfer from DE89370400440532013000 today", "DE89370400440532013000")]
    [InlineData("employee e 778812 resigned", "e 778812")]
    [InlineData("Status update on project bluefin, please", "project bluefin")]
    [InlineData("请联系张三丰处理退款", "张三丰")]
    [InlineData("客户欧阳 娜娜的投诉", "欧阳 娜娜")]
    [InlineData("星河计划的预算是多少", "星河计划")]
    [InlineData("Write to Zurich Kantonalbank LTD today", "Zurich Kantonalbank LTD")]
    [InlineData("Jo\u200Bhn Smith", "Jo\u200Bhn Smith")]
    public void FindAll_RegisteredValue_FindsItsSpan(string text, string expected) =>
        Assert.Equal([expected], EdmTestSets.Matches(Set, text));

    [Theory]
    [InlineData("Draft a reply to John Smyth about his refund.")]
    [InlineData("Mr Smith and John Doe")]
    [InlineData("John Smithson is new")]
    [InlineData("Balance of acc001234 is overdue")]
    [InlineData("Project Bluefish")]
    [InlineData("张三和李四")]
    [InlineData("星河计")]
    [InlineData("")]
    public void FindAll_NearMiss_FindsNothing(string text) => Assert.Empty(EdmTestSets.Matches(Set, text));

    [Fact]
    public void FindAll_SetBuiltUnderAnotherSecret_MatchesNothing()
    {
        var built = EdmTestSets.Build(secret: EdmTestSets.OtherSecret);
        var wrongKey = new EdmSet(built.Header, new EdmKey(EdmTestSets.Secret), built.Vocabulary, built.VocabularyBits, built.Bloom, built.Fingerprints);

        Assert.Empty(EdmTestSets.Matches(wrongKey, "John Smith, acc00123, 张三丰, project bluefin"));
    }

    [Fact]
    public void Deserialize_AnotherSecret_ThrowsNamingTheFileWithoutTheSecret()
    {
        var error = Assert.Throws<EdmSetLoadException>(() =>
            EdmSetFile.Deserialize(EdmTestSets.File(secret: EdmTestSets.OtherSecret), "/sets/acme.edm", new EdmKey(EdmTestSets.Secret)));

        Assert.Contains("/sets/acme.edm", error.Message, StringComparison.Ordinal);
        Assert.Contains("another secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EdmTestSets.Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EdmTestSets.OtherSecret, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("text")]
    public void Deserialize_BadFile_ThrowsNamingTheFile(string damage)
    {
        var bytes = EdmTestSets.File();
        var bad = damage switch
        {
            "truncated" => bytes[..^100],
            "flipped" => [.. bytes[..200], (byte)(bytes[200] ^ 0x10), .. bytes[201..]],
            _ => "name\nJohn Smith\n"u8.ToArray(),
        };

        var error = Assert.Throws<EdmSetLoadException>(() => EdmSetFile.Deserialize(bad, "/sets/acme.edm", new EdmKey(EdmTestSets.Secret)));

        Assert.StartsWith("Exact-data-match set '/sets/acme.edm' ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_HoldsNoPlainValue()
    {
        var text = System.Text.Encoding.UTF8.GetString(EdmTestSets.File()).ToLowerInvariant();
        var utf16 = System.Text.Encoding.Unicode.GetString(EdmTestSets.File()).ToLowerInvariant();

        foreach (var value in new[] { "smith", "acc00123", "bluefin", "张三丰", "星河" })
        {
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
            Assert.DoesNotContain(value, utf16, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RoundTrip_KeepsHeader()
    {
        Assert.Equal(("acme", "k1", 10L, 1), (Set.Header.TenantId, Set.Header.KeyId, Set.Header.Count, Set.Header.NormalizationVersion));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  -- ")]
    [InlineData("Li")]
    [InlineData("张")]
    [InlineData("one two three four five six seven eight nine")]
    public void Builder_UnsafeValue_IsRefusedWithAReason(string value) =>
        Assert.NotNull(new EdmSetBuilder(new EdmKey(EdmTestSets.Secret), "acme", "k1").Add(value));

    [Fact]
    public void Key_ShortSecret_Throws() => Assert.Throws<ArgumentException>(() => new EdmKey("too-short"));
}
