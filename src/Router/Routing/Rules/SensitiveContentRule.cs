namespace Router.Routing.Rules;

/// <summary>Sensitive content stays on our own infrastructure, whatever the caller asks for.</summary>
internal sealed class SensitiveContentRule : IRoutingRule
{
    public string Name => "sensitive";

    public void Apply(RoutingState state)
    {
        if (!state.IsSensitive)
        {
            return;
        }

        var verdict = state.Sensitivity;
        var why = verdict.Entities.Count > 0
            ? $"{string.Join(", ", verdict.EntityTypeCounts.Keys.Order(StringComparer.Ordinal))} found"
            : string.Join("; ", verdict.Reasons);
        state.Narrow(PrivateRoutes.All, Name, $"{verdict.Level} sensitivity ({why}) ⇒ private routes only");

        var asked = state.Context.Request.Model;
        if (!ModelCatalog.IsAuto(asked) && !IsPrivateModel(state, asked))
        {
            state.AddReason(Name, $"caller asked for '{asked}', which would leave our infrastructure; replaced by a private route");
        }
    }

    private static bool IsPrivateModel(RoutingState state, string model) =>
        PrivateRoutes.All.Any(r => state.Options.Routes.TryGetValue(r, out var t) && string.Equals(t.Model, model, StringComparison.Ordinal));
}
