using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Naming;
using Yunpan.WebDav.Persistence;

// Inside LINQ queries string.Compare is translated to SQL, where the database compares bytes; the ordinal overloads
// the analyzers suggest have no translation.
#pragma warning disable CA1309

namespace Yunpan.WebDav.Locks;

/// <summary>The lock table: which live locks cover a path, and their creation, refresh and removal.</summary>
internal sealed class LockStore(DbContext db, TimeProvider clock)
{
    public const string TokenScheme = "opaquelocktoken:";

    private DbSet<DavLock> Locks => db.Set<DavLock>();

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Live locks on <paramref name="path"/> itself and deep locks on its ancestors.</summary>
    public Task<List<DavLock>> CoveringAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken) =>
        OnOrDeepAboveAsync(ownerId, [path.Stored], Ancestors(path), cancellationToken);

    /// <summary>Live locks on any of <paramref name="paths"/> and deep locks on any of <paramref name="ancestors"/>,
    /// in one query.</summary>
    public Task<List<DavLock>> OnOrDeepAboveAsync(Guid ownerId, IReadOnlyCollection<string> paths, IReadOnlyCollection<string> ancestors, CancellationToken cancellationToken) =>
        OnOrDeepAbove(db, ownerId, Now, [.. paths], [.. ancestors]).ToListAsync(cancellationToken).AsTask();

    // Compiled once: every write asks.
    private static readonly Func<DbContext, Guid, DateTimeOffset, string[], string[], IAsyncEnumerable<DavLock>> OnOrDeepAbove = EF.CompileAsyncQuery(
        (DbContext db, Guid ownerId, DateTimeOffset now, string[] paths, string[] ancestors) => db.Set<DavLock>().AsNoTracking()
            .Where(l => l.OwnerId == ownerId && l.ExpiresAt > now && (paths.Contains(l.Path) || (l.Deep && ancestors.Contains(l.Path)))));

    /// <summary>Live locks strictly below a folder.</summary>
    public Task<List<DavLock>> BelowAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        var from = path.Stored + "/";
        var to = path.Stored + "0"; // '0' follows '/': [from, to) holds the paths that start with from
        var now = Now;
        return Locks.AsNoTracking()
            .Where(l => l.OwnerId == ownerId && l.ExpiresAt > now && string.Compare(l.Path, from) >= 0 && string.Compare(l.Path, to) < 0)
            .ToListAsync(cancellationToken);
    }

    public async Task<DavLock?> FindAsync(Guid ownerId, string token, CancellationToken cancellationToken)
    {
        var now = Now;
        return await Locks.FirstOrDefaultAsync(l => l.Token == token && l.OwnerId == ownerId && l.ExpiresAt > now, cancellationToken);
    }

    public async Task<DavLock> CreateAsync(Guid ownerId, DrivePath path, bool deep, bool exclusive, string? ownerXml, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await PurgeExpiredAsync(ownerId, cancellationToken);
        var entry = new DavLock
        {
            Token = TokenScheme + Guid.NewGuid().ToString("D"),
            OwnerId = ownerId,
            Path = path.Stored,
            Deep = deep,
            Exclusive = exclusive,
            OwnerXml = ownerXml,
            TimeoutSeconds = (int)timeout.TotalSeconds,
            ExpiresAt = Now + timeout,
        };
        Locks.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task RefreshAsync(DavLock entry, TimeSpan timeout, CancellationToken cancellationToken)
    {
        entry.TimeoutSeconds = (int)timeout.TotalSeconds;
        entry.ExpiresAt = Now + timeout;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RemoveAsync(string token, CancellationToken cancellationToken) =>
        Locks.Where(l => l.Token == token).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Drops the locks of a deleted or moved-away resource and of everything below it (RFC 4918 §9.9.4:
    /// locks do not move with a resource).</summary>
    public Task RemoveAtOrBelowAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        var self = path.Stored;
        var from = self + "/";
        var to = self + "0";
        return Locks.Where(l => l.OwnerId == ownerId && (l.Path == self || (string.Compare(l.Path, from) >= 0 && string.Compare(l.Path, to) < 0)))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private Task<int> PurgeExpiredAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var now = Now;
        return Locks.Where(l => l.OwnerId == ownerId && l.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The stored paths of the folders above <paramref name="path"/>, nearest first.</summary>
    public static List<string> Ancestors(DrivePath path)
    {
        var result = new List<string>(path.Segments.Count);
        for (var p = path; !p.IsRoot;)
        {
            p = p.Parent;
            result.Add(p.Stored);
        }

        return result;
    }
}
