using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Router.Functions.Batch;

namespace Router.Functions.Tests.Batch;

/// <summary>
/// Queue:MaxDequeueCount (the app) and the Service Bus queue's maxDeliveryCount (infra) are one value: the handler
/// stores a message's last delivery as dead-lettered, so with two numbers it would do so early (or never). The
/// templates pass the queue's value to the app (scripts/check.d/bicep.sh checks the evaluated snapshot); these
/// tests keep the defaults and that wiring from drifting.
/// </summary>
public sealed partial class DeliveryCountAgreementTests
{
    private static readonly string Root = RepoRoot.Path;

    [Fact]
    public void Defaults_AppOptionsAppSettingsAndBicepQueue_AreOneValue()
    {
        var bicep = BicepDefault().Match(Read("infra/modules/serviceBus.bicep"));
        using var appSettings = JsonDocument.Parse(Read("src/Functions/appsettings.json"));

        Assert.True(bicep.Success, "serviceBus.bicep no longer declares `param maxDeliveryCount int = N`");
        Assert.Equal(int.Parse(bicep.Groups[1].Value, CultureInfo.InvariantCulture), new QueueOptions().MaxDequeueCount);
        Assert.Equal(new QueueOptions().MaxDequeueCount, appSettings.RootElement.GetProperty("Queue").GetProperty("MaxDequeueCount").GetInt32());
    }

    [Fact]
    public void Templates_SetTheAppSettingFromTheQueueTheyCreate()
    {
        Assert.Contains("output maxDeliveryCount int = queue.properties.maxDeliveryCount", Read("infra/modules/serviceBus.bicep"), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*Queue__MaxDequeueCount: string\(serviceBus\.outputs\.maxDeliveryCount\)\s*$", Read("infra/main.bicep"));
    }

    [Fact]
    public void Docs_StateTheSameDefault()
    {
        var row = Read("docs/configuration.md").Split('\n').Single(l => l.StartsWith("| `Queue:MaxDequeueCount`", StringComparison.Ordinal));

        Assert.EndsWith($"| {new QueueOptions().MaxDequeueCount} |", row.TrimEnd(), StringComparison.Ordinal);
    }

    private static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    [GeneratedRegex(@"(?m)^param maxDeliveryCount int = (\d+)\s*$")]
    private static partial Regex BicepDefault();
}
