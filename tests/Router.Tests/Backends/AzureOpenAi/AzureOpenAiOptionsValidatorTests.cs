using Router.Backends.AzureOpenAi;

namespace Router.Tests.Backends.AzureOpenAi;

public sealed class AzureOpenAiOptionsValidatorTests
{
    [Fact]
    public void Validate_SeveralErrors_ReportsAllAtOnceWithoutTheKey()
    {
        var options = new AzureOpenAiOptions
        {
            ApiKey = "secret-key-value",
            Deployments =
            [
                new() { Endpoint = "not a uri", Deployment = "", Model = "gpt-4o", Weight = 0 },
                new() { Endpoint = "https://ok.example/", Deployment = "d", Model = "", Weight = 1 },
            ],
        };
        options.Resilience.MaxRetries = 50;

        var result = new AzureOpenAiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.Contains("Deployments:0:Endpoint", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Deployments:1:Model", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MaxRetries", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("secret-key-value", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoDeployments_Succeeds()
    {
        Assert.True(new AzureOpenAiOptionsValidator().Validate(null, new AzureOpenAiOptions()).Succeeded);
    }
}
