namespace GpuWorker.Hosting;

/// <summary>Builds the worker web app; Program and the tests share it.</summary>
internal static class WorkerHost
{
    public const string DefaultUrl = "http://127.0.0.1:8088";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddGpuWorker(builder.Configuration);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder) => builder.Build().MapGpuWorker();
}
