using System.Net;
using System.Net.Sockets;

namespace Router.TestSupport;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on now (bound, read, released): for a server started later, or never.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
