using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Content;

/// <summary>
/// Notes whole-file downloads that the connection dropped, so that the desk sees them beside a member's case (K-12).
/// A member keeps the newest <see cref="Kept"/>; older ones are removed as new ones come.
/// </summary>
internal sealed class DownloadFailures(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int Kept = 20;

    /// <summary>Watches a GET of a whole file; when the client goes away before the end, the download is recorded.</summary>
    public void Watch(HttpContext http, Guid ownerId, string path, long size)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.Range.Count > 0)
        {
            return;
        }

        http.Response.OnCompleted(() => http.RequestAborted.IsCancellationRequested ? RecordAsync(ownerId, path, size) : Task.CompletedTask);
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
}
