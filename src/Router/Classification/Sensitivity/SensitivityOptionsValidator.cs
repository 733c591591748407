using Microsoft.Extensions.Options;

namespace Router.Classification.Sensitivity;

/// <summary>
/// Tenant markers are usable words (a blank or one-letter marker would label every document); an exact-data-match set has a
/// source and a usable secret. Messages name the setting, never the secret. All errors together.
/// </summary>
internal sealed class SensitivityOptionsValidator : IValidateOptions<RouterOptions>
{
    internal const int MaxMarkerLength = 64;

    public ValidateOptionsResult Validate(string? name, RouterOptions options)
    {
        var errors = new List<string>();
        if (options.ExactDataMatch.ReloadInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Router:ExactDataMatch:ReloadInterval must be at least one second.");
        }
        foreach (var (id, tenant) in options.Tenants)
        {
            if (tenant.ExactDataMatch is { } edm)
            {
                ValidateExactDataMatch(id, edm, errors);
            }
            for (var i = 0; i < tenant.ConfidentialMarkers.Count; i++)
            {
                var marker = tenant.ConfidentialMarkers[i]?.Trim() ?? "";
                var letters = marker.Count(char.IsLetter);
                if (marker.Length > MaxMarkerLength || marker.Any(char.IsControl) || letters < 2)
                {
                    errors.Add($"Router:Tenants:{id}:ConfidentialMarkers:{i} must hold at least two letters, no control characters and at most {MaxMarkerLength} characters.");
                }
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateExactDataMatch(string id, ExactDataMatchOptions edm, List<string> errors)
    {
        var prefix = $"Router:Tenants:{id}:ExactDataMatch";
        if (string.IsNullOrWhiteSpace(edm.Source))
        {
            errors.Add($"{prefix}:Source is required (a file path or a blob URL).");
        }
        if (edm.Secret.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{prefix}:Secret is an unresolved Key Vault reference: give the app's identity the 'Key Vault Secrets User' role on the vault (docs/deploy.md).");
        }
        else if (edm.Secret.Length < ExactDataMatch.EdmKey.MinSecretLength)
        {
            errors.Add($"{prefix}:Secret must hold at least {ExactDataMatch.EdmKey.MinSecretLength} characters (e.g. `openssl rand -base64 48`).");
        }
    }
}
