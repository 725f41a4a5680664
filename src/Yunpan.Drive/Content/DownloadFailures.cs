using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Content;

/// <summary>
/// Notes whole-file downloads that the connection dropped, so that the desk sees them beside a member's case (K-12).
/// A member keeps the newest <see cref="Kept"/>; older ones are removed as new ones come.
/// </summary>
internal sealed partial class DownloadFailures(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DownloadFailures> logger)
{
    public const int Kept = 20;

    /// <summary>Watches a GET of a whole file; when the client goes away before the end, the download is recorded.</summary>
    public void Watch(HttpContext http, Guid ownerId, string path, long size)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.Range.Count > 0)
        {
            return;
        }

        // Kestrel cancels RequestAborted from the thread pool after it has seen the connection go, so the token can
        // still read "not cancelled" when the response's OnCompleted runs; only a callback on the token itself is
        // sure to hear of it. Kestrel stops the token from firing once the last byte is handed over, and forgets the
        // registration when the connection serves its next request.
        http.RequestAborted.Register(() => _ = RecordQuietlyAsync(ownerId, path, size));
    }

    private async Task RecordQuietlyAsync(Guid ownerId, string path, long size)
    {
        try
        {
            await RecordAsync(ownerId, path, size);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or ObjectDisposedException)
        {
            // Nobody waits on this note (the client has gone), so a failure to write it is logged rather than thrown.
            LogNotRecorded(logger, e);
        }
    }

    private async Task RecordAsync(Guid ownerId, string path, long size)
    {
        // The request's own scope is on its way out; the note is written in a scope of its own.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = clock.GetUtcNow();
        db.Add(new DownloadFailure { Id = Guid.CreateVersion7(now), OwnerId = ownerId, Path = path, Size = size, At = now });
        await db.SaveChangesAsync(CancellationToken.None);
        var older = db.Set<DownloadFailure>().Where(f => f.OwnerId == ownerId).OrderByDescending(f => f.At).Skip(Kept);
        await db.Set<DownloadFailure>().Where(f => older.Select(o => o.Id).Contains(f.Id)).ExecuteDeleteAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A broken-off download could not be noted for the desk")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);
}
