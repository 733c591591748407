using Router.Functions.Endpoints.Dashboard;

namespace Router.Functions.Endpoints;

/// <summary>
/// GET /api/dashboard (the page) and GET /api/dashboard/{file} (its scripts, styles and Chart.js), served from the
/// assembly. No key needed: the page holds no data and reads the JSON API with the key the user types in.
/// Files are not content-named, so browsers keep them but revalidate (no-cache + ETag ⇒ 304 when unchanged).
/// </summary>
internal sealed class DashboardFunction(DashboardAssets assets)
{
    // Only our own scripts and API; Chart.js sets canvas sizes through inline styles.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    public IResult Page(HttpContext context) => Serve(context, DashboardAssets.IndexName);

    public IResult File(HttpContext context, string file) =>
        file == DashboardAssets.IndexName ? Results.NotFound() : Serve(context, file);

    private IResult Serve(HttpContext context, string name)
    {
        if (assets.Find(name) is not { } asset)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers.XContentTypeOptions = "nosniff";
        if (name == DashboardAssets.IndexName)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
        }

        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        return ifNoneMatch.Split(',', StringSplitOptions.TrimEntries).Contains(asset.ETag, StringComparer.Ordinal)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }
}
