using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Router.Cli.Evaluation;
using Router.Routing;

namespace Router.Cli.Commands;

/// <summary>Options and wiring shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<string> Tenant() => new("--tenant")
    {
        Description = "Tenant for lines without a \"tenant\" field; unknown tenants use \"default\"",
        DefaultValueFactory = _ => ITenantResolver.DefaultTenantId,
    };

    public static RequestEvaluator Evaluator(IServiceProvider provider) => ActivatorUtilities.CreateInstance<RequestEvaluator>(provider);
}
