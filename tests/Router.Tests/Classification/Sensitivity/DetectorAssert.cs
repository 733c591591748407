using Router.Classification.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

internal static class DetectorAssert
{
    /// <summary>The detector finds exactly one span, and it covers exactly <paramref name="expected"/>.</summary>
    public static void FindsExactly(ISensitivityDetector detector, string text, string expected, params string[] terms)
    {
        var start = text.IndexOf(expected, StringComparison.Ordinal);
        Assert.True(start >= 0, "test data: expected value must occur in the text");
        var found = Assert.Single(SensitivityClassifierFactory.Find(detector, text, terms));
        Assert.Equal((expected, start, start + expected.Length), found);
    }

    public static void FindsNothing(ISensitivityDetector detector, string text, params string[] terms) =>
        Assert.Empty(SensitivityClassifierFactory.Find(detector, text, terms));
}
