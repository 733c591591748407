namespace Perf;

/// <summary>
/// The floor any gateway written like ours pays on this machine: Kestrel in, one pooled <see cref="HttpClient"/>
/// out, the body copied both ways, and nothing else (no auth, parsing, classification, cache, routing or ledger).
/// What the app adds over this row is what the app's own work costs; what this row adds over direct is the price
/// of the two extra loopback hops and their thread-pool hand-offs.
/// </summary>
internal static class BareForwarder
{
    public static async Task<int> RunAsync(Args args)
    {
        var port = args.Int("port", 18081);
        var upstream = new Uri(args.Get("upstream"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) });

        app.MapPost("/v1/chat/completions", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            using var request = new HttpRequestMessage(HttpMethod.Post, upstream) { Content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length) };
            request.Content.Headers.ContentType = new("application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
            var answer = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        });
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        await app.RunAsync();
        return 0;
    }
}
