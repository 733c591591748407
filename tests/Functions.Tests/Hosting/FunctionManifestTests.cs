using System.Text.Json;

namespace Router.Functions.Tests.Hosting;

/// <summary>host.json and every function.json follow the custom-handler contract the app implements.</summary>
public sealed class FunctionManifestTests
{
    private static readonly string Root = RepoRoot.Path;

    private static JsonElement Load(params string[] path) => JsonDocument.Parse(File.ReadAllText(Path.Combine([Root, .. path]))).RootElement;

    private static JsonElement Trigger(string function) => Load("src", "Functions", "functions", function, "function.json").GetProperty("bindings")[0];

    [Fact]
    public void HostJson_DeclaresCustomHandlerWithForwardingAndBundle()
    {
        var host = Load("host.json");

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", host.GetProperty("extensionBundle").GetProperty("version").GetString());
        var handler = host.GetProperty("customHandler");
        Assert.Equal("handler/Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("api", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Theory]
    [InlineData("ChatCompletions", "post", "v1/chat/completions")]
    [InlineData("Models", "get", "v1/models")]
    [InlineData("Route", "post", "route")]
    [InlineData("BatchStatus", "get", "batch/{id}")]
    [InlineData("Costs", "get", "costs")]
    [InlineData("Dashboard", "get", "dashboard")]
    public void FunctionJson_HttpFunctions_HaveOnlyHttpBindingsSoTheyAreForwarded(string function, string method, string route)
    {
        var bindings = Load("src", "Functions", "functions", function, "function.json").GetProperty("bindings");
        var trigger = bindings[0];

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(2, bindings.GetArrayLength());
        Assert.Equal("http", bindings[1].GetProperty("type").GetString());
    }

    [Fact]
    public void FunctionJson_BatchQueue_IsServiceBusTriggerOnRouterBatch()
    {
        var trigger = Trigger("BatchQueue");

        Assert.Equal(("serviceBusTrigger", "message", "router-batch", "ServiceBusConnection"),
            (trigger.GetProperty("type").GetString(), trigger.GetProperty("name").GetString(), trigger.GetProperty("queueName").GetString(), trigger.GetProperty("connection").GetString()));
    }

    [Fact]
    public void FunctionJson_DailyRollup_IsTimerTriggerNamedTimer()
    {
        var trigger = Trigger("DailyRollup");

        Assert.Equal(("timerTrigger", "timer"), (trigger.GetProperty("type").GetString(), trigger.GetProperty("name").GetString()));
        Assert.Equal(6, trigger.GetProperty("schedule").GetString()!.Split(' ').Length);
    }

    [Fact]
    public void FunctionJson_GpuUsage_IsTimerTriggerEveryFiveMinutes()
    {
        var trigger = Trigger("GpuUsage");

        Assert.Equal(("timerTrigger", "timer", "0 */5 * * * *"), (trigger.GetProperty("type").GetString(), trigger.GetProperty("name").GetString(), trigger.GetProperty("schedule").GetString()));
    }
}
