using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router;

namespace Router.Benchmarks;

/// <summary>The router's DI container from the shipped defaults: the same implementations the hosts use.</summary>
internal static class BenchmarkServices
{
    public static ServiceProvider Create()
    {
        var configuration = new ConfigurationBuilder().AddRouterDefaults().Build();
        return new ServiceCollection().AddLogging().AddRouter(configuration).BuildServiceProvider();
    }
}
