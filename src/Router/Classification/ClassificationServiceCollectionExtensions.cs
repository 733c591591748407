using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification.Difficulty;

namespace Router.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    public static IServiceCollection AddClassification(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered by the sensitivity, difficulty and request-classifier work.
        services.AddDifficultyScoring();
        return services;
    }
}
