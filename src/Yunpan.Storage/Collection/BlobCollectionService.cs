using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;

namespace Yunpan.Storage.Collection;

/// <summary>Runs <see cref="BlobCollector"/> on the configured interval.</summary>
internal sealed class BlobCollectionService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<StorageOptions> options, ILogger<BlobCollectionService> logger)
    : PeriodicJob(clock, logger)
{
    protected override string JobName => "Blob collection";

    protected override TimeSpan Interval => options.Value.CollectionInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BlobCollector>().CollectAsync(cancellationToken);
    }
}
