using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// Loads every exact-data-match set before the host serves requests (a bad set fails startup with its name and the
/// reason), then polls each source every <see cref="ExactDataMatchReloadOptions.ReloadInterval"/> and swaps changed sets in.
/// </summary>
internal sealed class EdmSetReloader(EdmSetRegistry registry, IOptions<RouterOptions> options, TimeProvider time) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!registry.IsEmpty)
        {
            EdmCharMap.Warm();
            await registry.LoadAllAsync(cancellationToken);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (registry.IsEmpty)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.ExactDataMatch.ReloadInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await registry.RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
