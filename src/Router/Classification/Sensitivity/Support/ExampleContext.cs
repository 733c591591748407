namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A value the text presents as an example, a format or test data ("the docs use (212) 555-0187", "SSN 123-45-6789 in the
/// demo data"), and not as someone's own ("my", "me"): shared by the phone and SSN placeholder rules.
/// </summary>
internal static class ExampleContext
{
    // An example, a format or documentation in the sentence around the number, and no one's own number ("my", "me").
    public static bool PresentedAsExample(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 80);
        var to = Math.Min(text.Length, span.End + 60);
        var window = text.AsSpan(from, to - from);
        return ExampleWords.Any(window) && !OwnNumber.Any(window);
    }

    private static readonly CueSet ExampleWords = new(
        "example", "examples", "e.g", "sample", "samples", "docs", "documentation", "placeholder", "fictional", "fictitious", "fake",
        "dummy", "format", "formats", "mask", "pattern", "style", "drama", "such as", "test number", "demo", "fixture", "fixtures", "mock",
        "test data", "seed data", "示例", "例如", "格式", "虚构");

    private static readonly CueSet OwnNumber = new("my", "me", "mine", "i'm", "reach me", "我的", "我");
}
