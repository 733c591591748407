using Microsoft.Extensions.Options;

namespace Router.Backends.GpuWorker;

/// <summary>Reports every configuration error at once.</summary>
internal sealed class GpuWorkerOptionsValidator : IValidateOptions<GpuWorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, GpuWorkerOptions options)
    {
        const string prefix = GpuWorkerOptions.SectionName;
        var errors = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{prefix}:BaseUrl must be an absolute http(s) URI.");
        }

        if (options.ColdStartWait < TimeSpan.Zero)
        {
            errors.Add($"{prefix}:ColdStartWait must not be negative.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:RequestTimeout must be positive.");
        }

        if (options.HealthPollInitialDelay <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:HealthPollInitialDelay must be positive.");
        }

        if (options.HealthProbeTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:HealthProbeTimeout must be positive.");
        }

        if (options.HealthPollMaxDelay < options.HealthPollInitialDelay)
        {
            errors.Add($"{prefix}:HealthPollMaxDelay must be at least HealthPollInitialDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
