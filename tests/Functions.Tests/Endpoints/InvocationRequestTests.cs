using System.Text.Json;
using Router.Functions.CustomHandler;

namespace Router.Functions.Tests.Endpoints;

public sealed class InvocationRequestTests
{
    private static InvocationRequest Parse(string json) => JsonSerializer.Deserialize<InvocationRequest>(json, InvocationRequest.Json)!;

    [Theory]
    [InlineData("{\"Data\":{},\"Metadata\":{\"DeliveryCount\":4,\"MessageId\":\"m\"}}", 4)]
    [InlineData("{\"Data\":{},\"Metadata\":{\"DeliveryCount\":\"4\",\"MessageId\":\"m\"}}", 4)]
    [InlineData("{\"Data\":{},\"Metadata\":{}}", null)]
    public void MetadataInt_NumberOrString_Parses(string json, int? expected) =>
        Assert.Equal(expected, Parse(json).MetadataInt("DeliveryCount"));

    [Fact]
    public void Parse_HostPayload_KeepsDataRawAndMetadataStrings()
    {
        var request = Parse("{\"Data\":{\"message\":\"{\\\"id\\\":\\\"a\\\"}\"},\"Metadata\":{\"MessageId\":\"abc\",\"sys\":{\"MethodName\":\"BatchQueue\"}}}");

        Assert.Equal(JsonValueKind.String, request.Data["message"].ValueKind);
        Assert.Equal("abc", request.MetadataString("MessageId"));
        Assert.Null(request.MetadataString("sys"));
    }
}
