using Router.Backends.GpuWorker;
using Router.Requests;
using static Router.Tests.Tools.ToolRequestFixtures;

namespace Router.Tests.Tools;

public sealed class WorkerStructuredOutputTests
{
    [Fact]
    public void Limitation_SupportedToolsAndSchema_None()
    {
        var check = new WorkerStructuredOutput();

        Assert.Null(check.Limitation(WeatherTools(ToolChoice.Required) with { ResponseFormat = PersonExtraction().ResponseFormat }));
        Assert.Null(check.Limitation(new ToolsAndFormat { ResponseFormat = ResponseFormat.JsonObject }));
    }

    [Fact]
    public void Limitation_PatternInResponseSchema_NamedWithItsPath() =>
        Assert.Equal("response_format.json_schema.schema.properties.zip.pattern", new WorkerStructuredOutput().Limitation(new ToolsAndFormat
        {
            ResponseFormat = ResponseFormat.JsonSchema("address", """{"type":"object","properties":{"zip":{"type":"string","pattern":"^[0-9]{5}$"}}}"""),
        }));

    [Fact]
    public void Limitation_FormatInAToolSchema_NamedWithItsPath() =>
        Assert.Equal("tools[1].function.parameters.properties.when.format", new WorkerStructuredOutput().Limitation(new ToolsAndFormat
        {
            Tools = [Weather, new ToolDefinition("book", null, """{"type":"object","properties":{"when":{"type":"string","format":"date-time"}}}""")],
        }));
}

public sealed class StructuredOutputRegistrationTests
{
    [Fact]
    public void AddRouter_WithTheGpuWorkerBackend_TheWorkerDecidesWhatPrivateRoutesHonour()
    {
        using var services = Routing.RoutingFixtures.Services();

        Assert.IsType<WorkerStructuredOutput>(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Router.Routing.IPrivateStructuredOutput>(services));
    }
}
