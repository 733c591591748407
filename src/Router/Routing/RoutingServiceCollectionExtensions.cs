using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Routing.Rules;

namespace Router.Routing;

internal static class RoutingServiceCollectionExtensions
{
    public static IServiceCollection AddRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RouterOptions>, RoutingOptionsValidator>());
        services.TryAddSingleton<ITenantResolver, TenantResolver>();
        services.TryAddSingleton<IModelCatalog, ModelCatalog>();
        services.TryAddSingleton<IPrivateStructuredOutput, NoPrivateStructuredOutput>();

        // The one place the rules are registered; they run in this order.
        services.AddSingleton<IRoutingRule, SensitiveContentRule>();
        services.AddSingleton<IRoutingRule, ForcePrivateRule>();
        services.AddSingleton<IRoutingRule, TenantRoutesRule>();
        services.AddSingleton<IRoutingRule, ToolRequestRule>();
        services.AddSingleton<IRoutingRule, ExplicitModelRule>();
        services.AddSingleton<IRoutingRule, DifficultyRule>();
        services.AddSingleton<IRoutingRule, BudgetRule>();
        services.TryAddSingleton<IRoutingPolicy, RuleBasedRoutingPolicy>();
        return services;
    }
}
