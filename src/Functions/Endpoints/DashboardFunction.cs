namespace Router.Functions.Endpoints;

/// <summary>GET /api/dashboard: a placeholder until the dashboard issue replaces it; it points at the JSON API.</summary>
internal static class DashboardFunction
{
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Router costs</title></head>
        <body><h1>Router cost dashboard</h1>
        <p>The dashboard is not built yet. Spend data is available as JSON at
        <code>GET /api/costs?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</code> with your API key.</p>
        </body></html>
        """;

    public static IResult Handle() => Results.Content(Page, "text/html; charset=utf-8");
}
