using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Yunpan.Storage.Collection;

/// <summary>Runs <see cref="BlobCollector"/> on the configured interval.</summary>
internal sealed class BlobCollectionService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<StorageOptions> options, ILogger<BlobCollectionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CollectionInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BlobCollector>().CollectAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                StorageLog.CollectionFailed(logger, e);
            }
        }
    }
}
