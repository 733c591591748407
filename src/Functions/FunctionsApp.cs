using Router.Functions.Auth;
using Router.Functions.Batch;
using Router.Functions.Endpoints;
using Router.Functions.Hosting;
using Router.Functions.Timers;
using Router.Pipeline;

namespace Router.Functions;

/// <summary>Builds the custom handler: one ASP.NET Core app serving forwarded HTTP triggers and the host's
/// invocation payloads for the queue and timer triggers.</summary>
public static class FunctionsApp
{
    /// <param name="configure">Lets tests replace collaborators (and logging) after the stages are registered.</param>
    /// <param name="settings">Configuration layered over every other source <em>before</em> the stages are registered,
    /// so it can also choose implementations (Redis, Table Storage, queue) — which a setting added in
    /// <paramref name="configure"/> would be too late for.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        ListenAddress.Configure(builder);
        builder.Configuration.AddRouterDefaults();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var configuration = builder.Configuration;
        builder.Services.AddOptions<HttpOptions>()
            .Bind(configuration.GetSection(HttpOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRouter(configuration);
        builder.Services.AddRequestPipeline(configuration);
        builder.Services.AddFunctionsHost(configuration);
        configure?.Invoke(builder);

        // Our reader enforces Http:MaxBodyBytes with an OpenAI-style 413; Kestrel's own cap must not be lower.
        var maxBody = builder.Configuration.GetValue<long?>("Http:MaxBodyBytes") ?? new HttpOptions().MaxBodyBytes;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(maxBody + 1, 30_000_000));

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(context =>
            Http.OpenAiError.Result(StatusCodes.Status500InternalServerError, "The router failed to process the request.", "server_error", code: "internal_error")
                .ExecuteAsync(context)));
        app.UseStatusCodePages(Http.EmptyStatusErrors.WriteAsync);
        app.MapFunctions();
        return app;
    }

    private static IServiceCollection AddFunctionsHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RouterOptions>, ApiKeyTenantsValidator>();
        services.AddSingleton<IRequestIdGenerator, TimeOrderedRequestIdGenerator>();
        services.AddDailyRollup();
        services.AddGpuUsageTick();
        services.AddBatchQueue(configuration);
        services.AddFunctionEndpoints();
        services.AddTelemetry(configuration);
        services.AddHostedService<StartupReport>();
        return services;
    }
}
