using System.Net;
using Router.Functions.Hosting;
using Router.Functions.Http;

namespace Router.Functions.CustomHandler;

/// <summary>
/// Trigger invocations (POST /BatchQueue, /DailyRollup) carry no key: the Functions host posts them to its custom
/// handler, and the custom handler protocol forwards no secret. So they are accepted only where only the host can
/// send them: when this process runs as the host's handler (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> is set, and then
/// the handler binds 127.0.0.1 only) and the call comes from loopback. Run on its own (scripts/run.sh), the app's
/// batch consumer calls the handler in-process, so the routes answer 404 and nobody can spend or replace rows
/// through them.
/// </summary>
internal sealed class HostInvocationGate(IConfiguration configuration) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsFromHost(context.HttpContext.Connection.RemoteIpAddress)
            ? await next(context)
            : OpenAiError.NotFound("No such route: trigger invocations are accepted from the Functions host only.");

    internal bool IsFromHost(IPAddress? remote) =>
        int.TryParse(configuration[ListenAddress.PortVariable], out var port) && port is > 0 and < 65536
        && remote is not null && IPAddress.IsLoopback(remote);
}
