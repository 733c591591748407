using System.Globalization;
using Router.Requests;

namespace Router.Routing.Rules;

/// <summary>
/// Tool and extraction requests (tools offered, or a JSON response asked for). They are the cheap model's work, so
/// private routes stay open unless the tenant says otherwise (<see cref="TenantOptions.PrivateToolRequests"/>) or
/// the private worker cannot honour the request; then only the closed route is left, and where that is not allowed
/// (sensitive content, private-only tenant or caller) the request is refused, naming what the worker cannot honour.
/// </summary>
internal sealed class ToolRequestRule(IPrivateStructuredOutput privateOutput) : IRoutingRule
{
    public string Name => "tools";

    public void Apply(RoutingState state)
    {
        var shape = state.Context.Request.ToolsAndFormat;
        if (!shape.IsToolOrExtraction)
        {
            return;
        }

        var what = Describe(shape);
        var closedAllowed = state.Allowed.Contains(Route.Closed);
        if (privateOutput.Limitation(shape) is { } limitation)
        {
            if (!closedAllowed)
            {
                throw new PolicyRefusedException(
                    $"{what}: the private model cannot honour '{limitation}', and this request may not use the closed model ({string.Join("; ", state.Reasons)}).")
                {
                    UnsupportedParameter = limitation,
                };
            }

            state.Narrow([Route.Closed], Name, $"{what}; the private model cannot honour '{limitation}' ⇒ closed only");
            return;
        }

        if (state.Context.Tenant.PrivateToolRequests)
        {
            state.AddReason(Name, $"{what}; private routes allowed (tenant setting PrivateToolRequests)");
        }
        else if (closedAllowed)
        {
            state.Narrow([Route.Closed], Name, $"{what}; tenant '{state.Context.TenantId}' keeps tool and extraction requests off private routes ⇒ closed only");
        }
        else
        {
            state.AddReason(Name, $"{what}; tenant prefers the closed model for these, but it is not allowed here ⇒ stays private");
        }
    }

    private static string Describe(ToolsAndFormat shape)
    {
        var parts = new List<string>(2);
        if (shape.HasTools && shape.ToolChoice?.Mode != ToolChoiceMode.None)
        {
            var choice = shape.ToolChoice switch
            {
                { Mode: ToolChoiceMode.Function, FunctionName: var name } => $"must call '{name}'",
                { Mode: ToolChoiceMode.Required } => "must call one",
                _ => "may call one",
            };
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"tool request ({shape.Tools.Count} tool{(shape.Tools.Count == 1 ? "" : "s")}, {choice})"));
        }

        switch (shape.ResponseFormat)
        {
            case { Kind: ResponseFormatKind.JsonObject }:
                parts.Add("extraction request (json_object)");
                break;
            case { Kind: ResponseFormatKind.JsonSchema, Name: var schemaName }:
                parts.Add($"extraction request (json_schema '{schemaName}')");
                break;
        }

        return string.Join(", ", parts);
    }
}
