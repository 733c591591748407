using Microsoft.Extensions.Options;

namespace Router.Backends;

/// <summary>Rejects, at startup, routes that name a backend nobody registered (all of them at once).</summary>
internal sealed class BackendRoutesValidator(IEnumerable<BackendRegistration> registrations) : IValidateOptions<RouterOptions>
{
    public ValidateOptionsResult Validate(string? name, RouterOptions options)
    {
        var known = registrations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var errors = options.Routes
            .Where(r => !known.Contains(r.Value.Backend))
            .Select(r => $"Router:Routes:{r.Key}:Backend '{r.Value.Backend}' is not a registered backend " +
                         $"(known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
