using System.Net;
using System.Net.Sockets;

namespace Integration.Tests.TestSupport;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on now, for a worker the test starts later (or never).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
