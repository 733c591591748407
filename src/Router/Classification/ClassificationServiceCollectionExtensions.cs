using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Classification.Difficulty;
using Router.Classification.Sensitivity;

namespace Router.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    public static IServiceCollection AddClassification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSensitivityClassification();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RouterOptions>, SensitivityOptionsValidator>());
        services.AddDifficultyScoring();
        services.TryAddSingleton<IRequestClassifier, RequestClassifier>();
        services.AddHostedService<ClassifierWarmup>();
        return services;
    }
}
