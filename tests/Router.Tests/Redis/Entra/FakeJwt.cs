using System.Buffers.Text;
using System.Text;

namespace Router.Tests.Redis.Entra;

internal static class FakeJwt
{
    public static string WithObjectId(string oid) =>
        $"{Encode("{\"alg\":\"none\"}")}.{Encode($"{{\"oid\":\"{oid}\",\"aud\":\"https://redis.azure.com\"}}")}.c2ln";

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
