using System.Globalization;
using GpuWorker.Api;
using GpuWorker.Inference;

namespace GpuWorker.Tests.Api;

public sealed class GpuSecondsTests
{
    [Theory]
    [InlineData(0.0007345)] // "F6" of the raw value gave 0.000735, Math.Round 0.000734: header and body disagreed
    [InlineData(0.0000005)]
    [InlineData(1.2345675)]
    [InlineData(0.1234564999)]
    [InlineData(12.5)]
    public void HeaderAndUsage_SameValueAtEveryRoundingEdge(double seconds)
    {
        var header = double.Parse(ChatCompletionsEndpoint.GpuSecondsHeaderValue(seconds), CultureInfo.InvariantCulture);
        var body = ChatCompletionsEndpoint.UsageOf(new GenerationResult("stop", 3, 4, seconds)).GpuSeconds;

        Assert.Equal(body, header);
    }
}
