using Router.Functions.Endpoints.Dashboard;
using Router.Functions.Http;

namespace Router.Functions.Endpoints;

/// <summary>
/// Every function's route. HTTP triggers keep their original path (/api/...), as the Functions host forwards them
/// unchanged with enableForwardingHttpRequest; other triggers are invoked as POST /{FunctionName}.
/// Names match the folders under src/Functions/functions.
/// </summary>
internal static class FunctionEndpoints
{
    public static IServiceCollection AddFunctionEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<JsonBodyReader>();
        services.AddSingleton<RequestGate>();
        services.AddSingleton<AnswerSender>();
        services.AddSingleton<PendingAccounting>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingAccounting>());
        services.AddSingleton<ChatCompletionsFunction>();
        services.AddSingleton<ChatCompletionStreamer>();
        services.AddSingleton<ModelsFunction>();
        services.AddSingleton<RouteFunction>();
        services.AddSingleton<BatchStatusFunction>();
        services.AddSingleton<CostQueryGate>();
        services.AddSingleton<CostsFunction>();
        services.AddSingleton<BatchQueueFunction>();
        services.AddSingleton<DailyRollupFunction>();
        services.AddSingleton<GpuUsageFunction>();
        services.AddSingleton<BatchApiPollFunction>();
        services.AddDashboardEndpoints();
        return services;
    }

    public static WebApplication MapFunctions(this WebApplication app)
    {
        app.MapPost("/api/v1/chat/completions", (HttpContext c, ChatCompletionsFunction f) => f.HandleAsync(c));
        app.MapGet("/api/v1/models", (HttpContext c, ModelsFunction f) => f.HandleAsync(c));
        app.MapPost("/api/route", (HttpContext c, RouteFunction f) => f.HandleAsync(c));
        app.MapGet("/api/batch/{id}", (HttpContext c, string id, BatchStatusFunction f) => f.HandleAsync(c, id));
        app.MapGet("/api/costs", (HttpContext c, CostsFunction f) => f.HandleAsync(c));
        app.MapDashboard();
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        app.MapPost($"/{BatchQueueFunction.FunctionName}", (HttpContext c, BatchQueueFunction f) => f.HandleAsync(c)).AddEndpointFilter<CustomHandler.HostInvocationGate>();
        app.MapPost($"/{DailyRollupFunction.FunctionName}", (HttpContext c, DailyRollupFunction f) => f.HandleAsync(c)).AddEndpointFilter<CustomHandler.HostInvocationGate>();
        app.MapPost($"/{GpuUsageFunction.FunctionName}", (HttpContext c, GpuUsageFunction f) => f.HandleAsync(c)).AddEndpointFilter<CustomHandler.HostInvocationGate>();
        app.MapPost($"/{BatchApiPollFunction.FunctionName}", (HttpContext c, BatchApiPollFunction f) => f.HandleAsync(c)).AddEndpointFilter<CustomHandler.HostInvocationGate>();
        return app;
    }
}
