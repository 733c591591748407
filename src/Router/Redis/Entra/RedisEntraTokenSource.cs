using Azure.Core;
using Microsoft.Extensions.Options;

namespace Router.Redis.Entra;

/// <summary>Gets Entra tokens for Azure (Managed) Redis and pairs them with the Redis user name (the identity's object id).</summary>
internal sealed class RedisEntraTokenSource(TokenCredential credential, IOptions<RedisOptions> options)
{
    public const string Scope = "https://redis.azure.com/.default";

    /// <summary>The credential tokens come from (the host's, or the managed identity's).</summary>
    internal TokenCredential Credential => credential;

    public async Task<RedisEntraToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var access = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false);
        var configured = options.Value.EntraObjectId;
        var user = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : RedisEntraToken.ReadObjectId(access.Token) ?? throw new InvalidOperationException(
                "Cache:Redis:EntraObjectId is empty and the Entra token has no 'oid' claim: set it to the object (principal) id of the identity that holds the Redis access policy.");
        return new RedisEntraToken(user, access.Token, access.ExpiresOn);
    }
}
