using Microsoft.Extensions.Options;

namespace Router.Backends.AzureOpenAi;

/// <summary>Reports every configuration error at once; never echoes the key.</summary>
internal sealed class AzureOpenAiOptionsValidator : IValidateOptions<AzureOpenAiOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureOpenAiOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Deployments.Count; i++)
        {
            var d = options.Deployments[i];
            var prefix = $"{AzureOpenAiOptions.SectionName}:Deployments:{i}";
            if (!Uri.TryCreate(d.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"{prefix}:Endpoint must be an absolute http(s) URI.");
            }

            if (string.IsNullOrWhiteSpace(d.Deployment))
            {
                errors.Add($"{prefix}:Deployment is required.");
            }

            if (string.IsNullOrWhiteSpace(d.Model))
            {
                errors.Add($"{prefix}:Model is required.");
            }

            if (!(d.Weight > 0) || double.IsInfinity(d.Weight))
            {
                errors.Add($"{prefix}:Weight must be a positive number.");
            }
        }

        var duplicates = options.Deployments.GroupBy(d => (d.Endpoint, d.Deployment)).Where(g => g.Count() > 1);
        errors.AddRange(duplicates.Select(g => $"{AzureOpenAiOptions.SectionName}: deployment '{g.Key.Deployment}' at '{g.Key.Endpoint}' is listed twice."));
        errors.AddRange(options.Resilience.Validate($"{AzureOpenAiOptions.SectionName}:Resilience"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
