using Router.Functions.Hosting;

namespace Router.Functions.Tests.Hosting;

public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("34567", null, "http://127.0.0.1:34567")]
    [InlineData("34567", "http://0.0.0.0:9", "http://127.0.0.1:34567")]
    [InlineData(null, null, "http://127.0.0.1:7071")]
    [InlineData("", "", "http://127.0.0.1:7071")]
    [InlineData("not-a-port", null, "http://127.0.0.1:7071")]
    [InlineData(null, "http://127.0.0.1:0", null)]
    public void Resolve_PortVariableThenExplicitUrlsThenDefault(string? port, string? urls, string? expected) =>
        Assert.Equal(expected, ListenAddress.Resolve(port, urls));
}
