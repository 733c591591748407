using System.Text;

namespace Perf;

/// <summary>
/// An OpenAI-compatible chat backend that answers every call after a fixed delay with a fixed completion and
/// usage: the "model" all three paths reach, so what they add is the only difference. Serves the OpenAI path,
/// the Azure OpenAI deployment path and the GPU worker's /health.
/// </summary>
internal static class StubBackend
{
    private static readonly byte[] Completion = Encoding.UTF8.GetBytes("""
        {"id":"chatcmpl-stub","object":"chat.completion","created":1700000000,"model":"stub-model","choices":[{"index":0,"message":{"role":"assistant","content":"Paris is the capital of France."},"finish_reason":"stop"}],"usage":{"prompt_tokens":24,"completion_tokens":8,"total_tokens":32}}
        """);

    public static async Task<int> RunAsync(Args args)
    {
        var port = args.Int("port", 18080);
        var latency = TimeSpan.FromMilliseconds(args.Int("latency-ms", 20));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();

        async Task Answer(HttpContext context)
        {
            // Drain the body as a real backend would, then wait the model's "latency".
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            await Task.Delay(latency, context.RequestAborted);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Completion.Length;
            await context.Response.Body.WriteAsync(Completion, context.RequestAborted);
        }

        app.MapPost("/v1/chat/completions", Answer);
        app.MapPost("/chat/completions", Answer);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", Answer);
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        await app.RunAsync();
        return 0;
    }
}
