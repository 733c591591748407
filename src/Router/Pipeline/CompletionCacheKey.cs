using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Router.Requests;

namespace Router.Pipeline;

/// <summary>
/// Exact-repeat cache key: the tenant in clear (so keys are never shared across tenants and can be purged per
/// tenant), then a SHA-256 over a canonical JSON of the model, every answer-changing parameter and the messages.
/// </summary>
public static class CompletionCacheKey
{
    private const string Version = "v1";

    public static string For(ChatRequest request)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new CanonicalRequest(
            request.Model,
            request.Parameters.Temperature,
            request.Parameters.TopP,
            request.Parameters.MaxTokens,
            request.Parameters.Stop,
            request.Parameters.Seed,
            request.Messages.Select(m => new[] { m.Role, m.Content }).ToArray()));
        var hash = Convert.ToHexStringLower(SHA256.HashData(canonical));
        return $"router:{Version}:{Escape(request.TenantId)}:{hash}";
    }

    // ':' separates the parts; a tenant id containing it must not collide with another tenant's prefix.
    private static string Escape(string tenantId) => tenantId.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);

    private sealed record CanonicalRequest(
        string Model, float? Temperature, float? TopP, int? MaxTokens, IReadOnlyList<string> Stop, int? Seed, string[][] Messages);
}
