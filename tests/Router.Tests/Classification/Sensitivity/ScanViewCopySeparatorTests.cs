using Router.Classification;
using Router.Classification.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Copies appended to the view (rejoined, decoded) are kept apart by <see cref="ScanViewBuilder.CopySeparator"/>.
/// With a bare line break between them, the digits ending one copy ran on into those starting the next ("card:
/// 4111…1111 \n4111…"), the card reader saw one over-long chain, and a copy that itself found nothing made another
/// copy's card disappear (issue 15, found by i15-ids2). Values are written for these tests.
/// </summary>
public sealed class ScanViewCopySeparatorTests
{
    private static List<string> Cards(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], SensitivityScope.None);
        return [.. verdict.Entities.Where(e => e.Type == "payment_card").Select(e => text[e.Start..e.End])];
    }

    [Fact]
    public void ACardRejoinedAcrossBlankLines_SurvivesADecodedCopyRightAfterIt()
    {
        // The rejoined card is followed in the view by the decoded base64 card: two copies, digits at both edges.
        const string text = "card:\n\n4539\n\n1488\n\n0343\n\n6467\nref NTUyNDYxMDM3NzkwMDIyMg==";
        var cards = Cards(text);
        Assert.Equal(2, cards.Count);
        Assert.Contains(cards, c => c.StartsWith("4539", StringComparison.Ordinal));
        Assert.Contains("NTUyNDYxMDM3NzkwMDIyMg==", cards);
    }

    [Theory]
    // Each line is rejoined into its own copy: "4539148803436467 \n5524…" was one chain, and the first card was lost.
    [InlineData("cards\n4539|1488|0343|6467\n5524|6103|7790|0222")]
    [InlineData("card:\n\n4539\n\n1488\n\n0343\n\n6467\n\nand the other one:\n\n5524\n\n6103\n\n7790\n\n0222")]
    public void TwoSplitCardsWhoseCopiesAbut_AreBothFound(string text) =>
        Assert.Equal(2, Cards(text).Count);

    [Fact]
    public void EveryAppendedCopy_StartsAfterTheCopySeparator()
    {
        var input = new ScanInput(["card:\n\n4539\n\n1488\n\n0343\n\n6467\nref NTUyNDYxMDM3NzkwMDIyMg=="], SensitivityScope.None);
        var view = input.View;
        Assert.True(view.SourceTextEnd < view.Text.Length, "the test needs appended copies");
        Assert.Equal(ScanViewBuilder.CopySeparator, view.Text[(view.SourceTextEnd - ScanViewBuilder.CopySeparator.Length)..view.SourceTextEnd]);
        // At least two copies (the rejoined card and the decoded one), each introduced by the separator.
        var tail = view.Text[(view.SourceTextEnd - ScanViewBuilder.CopySeparator.Length)..];
        Assert.True(tail.Split(ScanViewBuilder.CopySeparator).Length >= 3, tail);
        Assert.DoesNotContain("\u001E", view.Text[..(view.SourceTextEnd - ScanViewBuilder.CopySeparator.Length)]);
    }
}
