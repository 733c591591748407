using System.Buffers.Text;
using System.Text.Json;

namespace Router.Redis.Entra;

/// <summary>A Redis user name and the Entra access token used as its password.</summary>
internal sealed record RedisEntraToken(string User, string Token, DateTimeOffset ExpiresOn)
{
    // Records print every property; the token is a credential and must never reach a log or exception text.
    public override string ToString() => $"RedisEntraToken {{ User = {User}, ExpiresOn = {ExpiresOn:O} }}";

    /// <summary>The <c>oid</c> claim of a JWT, or null when the token is not a JWT or has none. No signature check: it is our own token.</summary>
    public static string? ReadObjectId(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return payload.RootElement.TryGetProperty("oid", out var oid) && oid.ValueKind == JsonValueKind.String ? oid.GetString() : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
