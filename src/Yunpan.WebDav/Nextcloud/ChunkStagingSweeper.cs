using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Drive.Files;

namespace Yunpan.WebDav.Nextcloud;

/// <summary>
/// Deletes chunked uploads a client abandoned (no chunk for <see cref="WebDavOptions.ChunkedUploadExpiry"/>): their
/// bytes are outside the quota until the upload finishes, so they must not stay. Ages are file times, the disk's
/// own clock.
/// </summary>
internal sealed class ChunkStagingSweeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WebDavOptions> options, ILogger<ChunkStagingSweeper> logger)
    : PeriodicJob(clock, logger)
{
    protected override string JobName => "Sweeping abandoned chunked uploads";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(10);

    public int Sweep()
    {
        using var scope = scopes.CreateScope();
        var root = scope.ServiceProvider.GetRequiredService<IDriveFiles>().StagingFolder;
        var cutoff = DateTime.UtcNow - options.Value.ChunkedUploadExpiry;
        var swept = 0;
        foreach (var (staging, _) in ChunkStaging.All(root).Where(u => u.LastWriteUtc < cutoff).ToList())
        {
            staging.Delete();
            swept++;
        }

        return swept;
    }

    protected override Task RunOnceAsync(CancellationToken cancellationToken)
    {
        Sweep();
        return Task.CompletedTask;
    }
}
