using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Classification.Sensitivity;

internal static class SensitivityServiceCollectionExtensions
{
    /// <summary>
    /// Registers every built-in detector — the one place they are listed. Within a level, earlier wins
    /// where spans overlap: specific credentials before generic assignments, mobiles before phones.
    /// </summary>
    public static IServiceCollection AddSensitivityClassification(this IServiceCollection services)
    {
        services.AddLogging();
        AddDetector<PrivateKeyDetector>(services);
        AddDetector<JwtDetector>(services);
        AddDetector<ConnectionStringDetector>(services);
        AddDetector<AzureStorageKeyDetector>(services);
        AddDetector<AwsAccessKeyDetector>(services);
        AddDetector<GithubTokenDetector>(services);
        AddDetector<OpenAiKeyDetector>(services);
        AddDetector<ApiTokenDetector>(services);
        AddDetector<CryptoKeyDetector>(services);
        AddDetector<AzureSasTokenDetector>(services);
        AddDetector<UrlCredentialsDetector>(services);
        AddDetector<HttpCredentialsDetector>(services);
        AddDetector<CnResidentIdDetector>(services);
        AddDetector<PassportNumberDetector>(services);
        AddDetector<DriverLicenseDetector>(services);
        AddDetector<PaymentCardDetector>(services);
        AddDetector<IbanDetector>(services);
        AddDetector<UsSsnDetector>(services);
        AddDetector<NationalIdDetector>(services);
        AddDetector<RegionalIdDetector>(services);
        AddDetector<BankAccountDetector>(services);
        AddDetector<SecretAssignmentDetector>(services);
        AddDetector<EmailDetector>(services);
        AddDetector<IpAddressDetector>(services);
        AddDetector<CryptoAddressDetector>(services);
        AddDetector<CnMobileDetector>(services);
        AddDetector<ImAccountDetector>(services);
        AddDetector<PhoneDetector>(services);
        AddDetector<ExactDataMatchDetector>(services);
        AddDetector<ConfidentialMarkerDetector>(services);
        AddDetector<ConfidentialTermDetector>(services);
        // Personal data in context: a private person's name with health, pay, birth date, address or role.
        AddDetector<PersonHealthDetector>(services);
        AddDetector<PersonFinanceDetector>(services);
        AddDetector<PersonBirthDateDetector>(services);
        AddDetector<PersonAddressDetector>(services);
        AddDetector<PersonRecordDetector>(services);
        services.TryAddSingleton<ISensitivityClassifier, SensitivityClassifier>();
        AddExactDataMatch(services);
        return services;
    }

    /// <summary>Tenants' hashed value sets: loaded before the host serves, reloaded when their file or blob changes.</summary>
    private static void AddExactDataMatch(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EdmSourceFactory>();
        services.TryAddSingleton<EdmSetRegistry>();
        services.TryAddSingleton<IEdmSetProvider>(sp => sp.GetRequiredService<EdmSetRegistry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EdmSetReloader>());
    }

    private static void AddDetector<TDetector>(IServiceCollection services)
        where TDetector : class, ISensitivityDetector =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISensitivityDetector, TDetector>());
}
