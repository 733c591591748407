using Microsoft.Extensions.Options;

namespace Router.Routing;

/// <summary>Every route has a backend and model; tenant settings are in range. All errors reported together.</summary>
internal sealed class RoutingOptionsValidator : IValidateOptions<RouterOptions>
{
    public ValidateOptionsResult Validate(string? name, RouterOptions options)
    {
        var errors = new List<string>();
        foreach (var route in Enum.GetValues<Route>())
        {
            if (!options.Routes.TryGetValue(route, out var target))
            {
                errors.Add($"Router:Routes:{route} is missing.");
            }
            else if (string.IsNullOrWhiteSpace(target.Backend) || string.IsNullOrWhiteSpace(target.Model))
            {
                errors.Add($"Router:Routes:{route} needs both Backend and Model.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.PremiumModel))
        {
            errors.Add("Router:PremiumModel is required.");
        }

        if (options.ClassificationTimeout <= TimeSpan.Zero)
        {
            errors.Add("Router:ClassificationTimeout must be positive.");
        }

        var tools = options.ToolDifficulty;
        foreach (var (setting, weight) in new[]
                 {
                     ("PerToolDoubling", tools.PerToolDoubling), ("PerSchemaDoubling", tools.PerSchemaDoubling),
                     ("PerNestingLevel", tools.PerNestingLevel), ("PerToolRound", tools.PerToolRound), ("MaxLogOdds", tools.MaxLogOdds),
                 })
        {
            if (!double.IsFinite(weight) || weight is < 0 or > 5)
            {
                errors.Add($"Router:ToolDifficulty:{setting} must be in [0,5] (log-odds).");
            }
        }

        if (tools.SimpleSchemaProperties < 1 || tools.MaxToolRounds < 0)
        {
            errors.Add("Router:ToolDifficulty:SimpleSchemaProperties must be at least 1 and MaxToolRounds not negative.");
        }

        foreach (var (id, tenant) in options.Tenants)
        {
            if (tenant.BatchCompletionWindow is { } window && !Requests.CompletionWindows.IsSupported(window))
            {
                errors.Add($"Router:Tenants:{id}:BatchCompletionWindow '{window}' is not supported; the Azure OpenAI Batch API offers {Requests.CompletionWindows.Supported}.");
            }

            if (tenant.DifficultyThreshold is < 0.0 or > 1.0)
            {
                errors.Add($"Router:Tenants:{id}:DifficultyThreshold must be in [0,1].");
            }

            if (tenant.DailyBudgetUsd is < 0m)
            {
                errors.Add($"Router:Tenants:{id}:DailyBudgetUsd must not be negative.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
