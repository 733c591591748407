namespace Router.Functions.Endpoints.Dashboard;

/// <summary>The dashboard's page and the JSON it reads beside /api/costs. Folders under src/Functions/functions:
/// Dashboard, DashboardFiles, CostsBudgets, CostsBreakEven.</summary>
internal static class DashboardEndpoints
{
    public static IServiceCollection AddDashboardEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<DashboardFunction>();
        services.AddSingleton<BudgetsFunction>();
        services.AddSingleton<BreakEvenFunction>();
        return services;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet("/api/dashboard", (HttpContext c, DashboardFunction f) => f.Page(c));
        app.MapGet("/api/dashboard/{file}", (HttpContext c, string file, DashboardFunction f) => f.File(c, file));
        app.MapGet("/api/costs/budgets", (HttpContext c, BudgetsFunction f) => f.HandleAsync(c));
        app.MapGet("/api/costs/breakeven", (HttpContext c, BreakEvenFunction f) => f.HandleAsync(c));
        return app;
    }
}
