using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Router.Functions.Auth;

/// <summary>
/// Local API keys: <c>Auth:ApiKeys:{key}</c> = tenant id. The keys are read once and again whenever configuration
/// reloads (App Settings or Key Vault references changing), so rotated keys apply without a restart and no call
/// walks the configuration tree. The key travels in <c>api-key</c> (Azure OpenAI style) or
/// <c>Authorization: Bearer</c> (OpenAI SDK). Keys compare ordinally in constant time.
/// </summary>
internal sealed class ApiKeyAuthenticator
{
    public const string SectionName = "Auth:ApiKeys";

    private volatile KnownKey[] _keys;

    public ApiKeyAuthenticator(IConfiguration configuration)
    {
        _keys = Load(configuration);
        ChangeToken.OnChange(configuration.GetReloadToken, () => _keys = Load(configuration));
    }

    public CallerIdentity? Authenticate(HttpRequest request)
    {
        var presented = PresentedKey(request);
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var presentedBytes = Encoding.UTF8.GetBytes(presented);
        CallerIdentity? found = null;
        foreach (var key in _keys)
        {
            // Every key is compared, so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(key.Bytes, presentedBytes))
            {
                found = key.Caller;
            }
        }

        return found;
    }

    private static KnownKey[] Load(IConfiguration configuration) =>
        [.. configuration.GetSection(SectionName).GetChildren()
            .Where(entry => !string.IsNullOrEmpty(entry.Value))
            .Select(entry => new KnownKey(Encoding.UTF8.GetBytes(entry.Key), new CallerIdentity(entry.Value!)))];

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

    private sealed record KnownKey(byte[] Bytes, CallerIdentity Caller);
}
