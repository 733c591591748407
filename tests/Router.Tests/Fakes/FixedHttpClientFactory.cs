namespace Router.Tests.Fakes;

/// <summary>An IHttpClientFactory handing out clients on one base address, for code that takes a factory.</summary>
public sealed class FixedHttpClientFactory(string baseUrl, TimeSpan timeout) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new() { BaseAddress = new Uri(baseUrl), Timeout = timeout };
}
