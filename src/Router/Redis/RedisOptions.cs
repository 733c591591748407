using System.ComponentModel.DataAnnotations;

namespace Router.Redis;

/// <summary>
/// The Redis connection shared by the cache and the budgets, bound from "Cache:Redis" (the section name predates
/// the budgets' use of it and stays for existing deployments).
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Cache:Redis";

    /// <summary>StackExchange.Redis configuration string; empty means "no Redis" (in-memory cache, in-process budgets).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Per-operation timeout; kept short so an outage costs a request little.</summary>
    [Range(50, 60_000)]
    public int OperationTimeoutMs { get; set; } = 500;

    [Range(100, 60_000)]
    public int ConnectTimeoutMs { get; set; } = 2_000;

    /// <summary>
    /// Sign in with a Microsoft Entra token instead of a password (Azure Managed Redis with access keys off).
    /// The connection string then carries host and port only; TLS is required for non-loopback hosts.
    /// </summary>
    public bool UseEntraId { get; set; }

    /// <summary>Redis user name: object (principal) id of the identity holding the access policy; empty ⇒ the token's <c>oid</c> claim.</summary>
    public string EntraObjectId { get; set; } = "";

    /// <summary>Client id of a user-assigned managed identity; empty ⇒ DefaultAzureCredential's own choice (AZURE_CLIENT_ID).</summary>
    public string EntraClientId { get; set; } = "";
}
