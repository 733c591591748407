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
            await registry.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        }
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
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
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await registry.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
