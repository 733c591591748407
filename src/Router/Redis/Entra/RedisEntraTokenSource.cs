using Azure.Core;
using Microsoft.Extensions.Options;

namespace Router.Redis.Entra;

/// <summary>Gets Entra tokens for Azure (Managed) Redis and pairs them with the Redis user name (the identity's object id).</summary>
/// <param name="identity">Which identity signs in, for the startup report (a client id is not a secret).</param>
internal sealed class RedisEntraTokenSource(TokenCredential credential, IOptions<RedisOptions> options, string identity = "host credential")
{
    public const string Scope = "https://redis.azure.com/.default";

    /// <summary>The credential tokens come from (the host's, or the managed identity's).</summary>
    internal TokenCredential Credential => credential;

    /// <summary>"host credential", "managed identity &lt;client id&gt;" or "DefaultAzureCredential".</summary>
    internal string Identity => identity;

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
