using System.Security.Cryptography;
using System.Text;

namespace Router.Functions.Auth;

/// <summary>
/// Local API keys: <c>Auth:ApiKeys:{key}</c> = tenant id, read from configuration on every call so rotated keys
/// apply at once. The key travels in <c>api-key</c> (Azure OpenAI style) or <c>Authorization: Bearer</c> (OpenAI SDK).
/// Keys compare ordinally in constant time (configuration itself matches keys case-insensitively).
/// </summary>
internal sealed class ApiKeyAuthenticator(IConfiguration configuration)
{
    public const string SectionName = "Auth:ApiKeys";

    public CallerIdentity? Authenticate(HttpRequest request)
    {
        var presented = PresentedKey(request);
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var presentedBytes = Encoding.UTF8.GetBytes(presented);
        CallerIdentity? found = null;
        foreach (var entry in configuration.GetSection(SectionName).GetChildren())
        {
            if (!string.IsNullOrEmpty(entry.Value)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(entry.Key), presentedBytes))
            {
                found = new CallerIdentity(entry.Value);
            }
        }

        return found;
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("api-key", out var apiKey) && !string.IsNullOrWhiteSpace(apiKey))
        {
            return apiKey.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? authorization[Bearer.Length..].Trim() : null;
    }
}
