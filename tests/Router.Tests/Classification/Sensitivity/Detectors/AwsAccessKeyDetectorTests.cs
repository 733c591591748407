using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class AwsAccessKeyDetectorTests
{
    private readonly AwsAccessKeyDetector _detector = new();

    [Theory]
    [InlineData("aws_access_key_id = AKIAZ3Q5WJ7KXP2MNB4R", "AKIAZ3Q5WJ7KXP2MNB4R")]
    [InlineData("keyAKIAZ3Q5WJ7KXP2MNB4R", "AKIAZ3Q5WJ7KXP2MNB4R")] // glued to a word
    [InlineData("临时凭证ASIAY34FZKBOKMUTVV7A已过期", "ASIAY34FZKBOKMUTVV7A")]
    [InlineData("an example project's key AKIAW7Q2MZ4KTR5XN3BD", "AKIAW7Q2MZ4KTR5XN3BD")] // "example" said of the writer's own key
    public void Detect_AccessKeyId_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("AKIAXXXXXXXXXXXXXXXX placeholder")]
    // AWS's documentation ids end in EXAMPLE (fifteenth pass: the twelfth author's documentation samples are not keys).
    [InlineData("docs key AKIAIOSFODNN7EXAMPLE")]
    [InlineData("Example from the AWS docs: AKIAI44QH8DHBEXAMPLE")]
    // Glued to capitals, a body without digits is a long word, not a key ("KEYAKIA…END" with a mixed body is one).
    [InlineData("AKIAEXAMPLEKEYSTOOLONGFORIT")]
    [InlineData("akiaz3q5wj7kxp2mnb4r lower case")]
    [InlineData("AKIA1234 too short")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
