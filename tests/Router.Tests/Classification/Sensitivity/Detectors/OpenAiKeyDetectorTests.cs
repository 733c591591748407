using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class OpenAiKeyDetectorTests
{
    private readonly OpenAiKeyDetector _detector = new();

    [Theory]
    [InlineData("export OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLmN0pQrStUvWxYz12345", "sk-proj-Ab3dEf6hIj9kLmN0pQrStUvWxYz12345")]
    [InlineData("我的key是sk-4f9KqLmZ8xT2vB7nR1cW5yH3jD6gP0sA9eU2iO8tXw，为什么401", "sk-4f9KqLmZ8xT2vB7nR1cW5yH3jD6gP0sA9eU2iO8tXw")]
    public void Detect_Key_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("use sk-... from your dashboard")]
    [InlineData("pip install scikit-learn sk-learn")]
    [InlineData("task-1234567890abcdefghij")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
