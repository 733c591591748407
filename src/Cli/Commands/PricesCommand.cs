using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;

namespace Router.Cli.Commands;

/// <summary><c>router prices</c>: every configured price with its source, date and age; prices older than
/// Router:MaxPriceAgeDays (90) are flagged and the command exits 1, so a scheduled check can alert.</summary>
internal static class PricesCommand
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var command = new Command("prices", "List the configured prices with their source and age; warn about prices older than Router:MaxPriceAgeDays (90 days).");
        command.SetAction(parse =>
        {
            var provider = services();
            var catalog = provider.GetRequiredService<IPriceCatalog>();
            var maxAge = provider.GetRequiredService<IOptions<PricingOptions>>().Value.MaxPriceAgeDays;
            var today = DateOnly.FromDateTime((provider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);
            var output = parse.InvocationConfiguration.Output;
            var stale = 0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Price",-34} {"Type",-17} {"Input/M",10} {"Cached/M",10} {"Output/M",10} {"GPU $/s",11} {"As of",-10} {"Age",6}  Source"));
            foreach (var p in catalog.All.OrderBy(p => p.Model, StringComparer.Ordinal))
            {
                var gpu = p.Gpu is { } g ? g.PerSecondUsd.ToString("0.########", CultureInfo.InvariantCulture) : "";
                stale += Line(output, p.Model, p.IsGpuWorker ? "gpu-worker" : "model default", p.Unit, gpu, p.AsOf, p.Source, today, maxAge);
            }

            foreach (var d in catalog.Deployments.OrderBy(d => d.Deployment, StringComparer.Ordinal))
            {
                stale += Line(output, $"{d.Deployment} ({d.Model})", d.DeploymentType, d.Unit, "", d.AsOf, d.Source, today, maxAge);
            }

            if (stale > 0)
            {
                parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"warning: {stale} price(s) older than {maxAge} days: check the sources and update AsOf (Router:MaxPriceAgeDays)."));
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static int Line(TextWriter output, string name, string type, Accounting.UnitPrices unit, string gpu, DateOnly asOf, string source, DateOnly today, int maxAge)
    {
        var age = today.DayNumber - asOf.DayNumber;
        var old = age > maxAge;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {type,-17} {unit.InputPerMillionUsd,10:0.00####} {unit.EffectiveCachedInputPerMillionUsd,10:0.00####} {unit.OutputPerMillionUsd,10:0.00####} {gpu,11} {asOf:yyyy-MM-dd} {age,5}d{(old ? "!" : " ")} {source}"));
        return old ? 1 : 0;
    }
}
