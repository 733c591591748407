namespace Router;

/// <summary>
/// A tenant's exact-data-match set, bound from "Router:Tenants:{id}:ExactDataMatch". The secret is the HMAC key the set
/// was built with: in Azure an app setting holding a Key Vault reference, never a value in a file of this repository.
/// </summary>
public sealed class ExactDataMatchOptions
{
    /// <summary>A file path, or the https URL of a blob (read with the app's managed identity).</summary>
    public string Source { get; set; } = "";

    /// <summary>The HMAC-SHA256 key (at least 32 characters). Never logged.</summary>
    public string Secret { get; set; } = "";

    /// <summary>When set, the set's key id must be this (guards against a set built under an older secret).</summary>
    public string KeyId { get; set; } = "";

    public override string ToString() => $"ExactDataMatch(Source={Source}, KeyId={KeyId})";
}

/// <summary>How sets are watched, bound from "Router:ExactDataMatch".</summary>
public sealed class ExactDataMatchReloadOptions
{
    /// <summary>How often each set's file time or blob ETag is checked; a changed set is loaded and swapped in.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Storage connection string for blob sources (Azurite locally); empty: the app's managed identity.</summary>
    public string BlobConnectionString { get; set; } = "";
}
