using System.Net;
using System.Net.Http.Headers;
using Router.Functions.Dashboard.Tests.Support;

namespace Router.Functions.Dashboard.Tests.Endpoints;

public sealed class DashboardFunctionTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private readonly HttpClient _client = new() { BaseAddress = app.BaseAddress };

    [Fact]
    public async Task Page_NoApiKey_ServesHtmlThatRevalidatesUnderAStrictPolicy()
    {
        using var response = await _client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("default-src 'self'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("<script src=\"dashboard/chart.umd.min.js\"></script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_ChartJs_IsTheBundleFromNpmServedAsJavaScript()
    {
        using var response = await _client.GetAsync(new Uri("/api/dashboard/chart.umd.min.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var npm = RepoRoot.Combine("src", "Functions", "Dashboard", "node_modules", "chart.js", "dist", "chart.umd.min.js");
        Assert.Equal(await File.ReadAllBytesAsync(npm), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("dashboard.css", "text/css")]
    [InlineData("dashboard.js", "text/javascript")]
    [InlineData("format.js", "text/javascript")]
    [InlineData("charts.js", "text/javascript")]
    public async Task File_PageFile_ServedWithItsContentType(string file, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri($"/api/dashboard/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task File_IfNoneMatchCurrentETag_Returns304()
    {
        using var first = await _client.GetAsync(new Uri("/api/dashboard/charts.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/dashboard/charts.js", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("package.json")]
    [InlineData("package-lock.json")]
    [InlineData("index.html")]
    [InlineData("appsettings.json")]
    public async Task File_NotAPageFile_Returns404(string file)
    {
        using var response = await _client.GetAsync(new Uri($"/api/dashboard/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task File_OldETag_ReturnsTheFile()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/dashboard/format.js", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("const fmt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
