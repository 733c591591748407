using Router.Tests.Fakes;

namespace Router.Tests.Backends.AzureOpenAi;

/// <summary>End to end over HTTP: weights decide which fake deployment gets the calls.</summary>
public sealed class AzureWeightedSpreadTests
{
    [Fact]
    public async Task CompleteAsync_WeightsThreeToOne_SpreadsCallsAccordingly()
    {
        using var heavy = new FakeAzureOpenAiServer();
        using var light = new FakeAzureOpenAiServer();
        heavy.GivenCompletion("heavy", "from heavy");
        light.GivenCompletion("light", "from light");
        var backend = AzureBackendHarness.Create(
            AzureBackendHarness.Options(null, (heavy.Endpoint, "heavy", 3), (light.Endpoint, "light", 1)),
            new SequenceRandom(seed: 7));

        var answers = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            answers.Add((await backend.CompleteAsync(AzureBackendHarness.Request())).Content);
        }

        Assert.InRange(answers.Count(a => a == "from heavy"), 48, 72);
        Assert.Equal(answers.Count(a => a == "from light"), light.RequestsTo("light").Count);
    }
}
