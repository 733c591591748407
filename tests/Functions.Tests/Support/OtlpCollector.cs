using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Router.Functions.Tests.Support;

/// <summary>A stand-in OTLP/HTTP collector on loopback: keeps every export's path and body (protobuf).</summary>
internal sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpCollector(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Urls.First());

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new OtlpCollector(app);
        app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector._exports.Enqueue((request.Path.Value!, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return collector;
    }

    /// <summary>Every export to one signal's path ("/v1/traces", "/v1/metrics"), as text: protobuf keeps strings
    /// as UTF-8, so names and tag values can be looked for in it.</summary>
    public string Text(string path) =>
        string.Concat(_exports.Where(e => e.Path == path).Select(e => Encoding.UTF8.GetString(e.Body)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
