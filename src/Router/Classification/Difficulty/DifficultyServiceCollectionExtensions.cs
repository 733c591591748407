using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Router.Classification.Difficulty;

internal static class DifficultyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDifficultyScorer"/> backed by the embedded, trained model (loaded once).</summary>
    public static IServiceCollection AddDifficultyScoring(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => DifficultyModelFile.LoadEmbedded());
        services.TryAddSingleton<IDifficultyScorer, DifficultyScorer>();
        return services;
    }
}
