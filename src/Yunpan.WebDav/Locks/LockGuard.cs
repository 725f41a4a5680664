using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Yunpan.Core.Naming;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Persistence;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Locks;

/// <summary>
/// The two checks before every write (RFC 4918 §10.4 and §7): the If header must hold (else 412), and every lock
/// that covers what the request changes must have its token submitted (else 423 with DAV:lock-token-submitted).
/// </summary>
internal sealed class LockGuard(LockStore locks, IDriveFiles drive)
{
    /// <summary>What a write touches, for the lock check.</summary>
    /// <param name="Path">The resource written, created or removed.</param>
    /// <param name="Membership">It is created or removed, so the parent folder's member list changes too.</param>
    /// <param name="Deep">Everything below a folder is affected (DELETE, MOVE of a folder).</param>
    public sealed record Target(DrivePath Path, bool Membership, bool Deep);

    public async Task EvaluateIfAsync(DavMount mount, DrivePath requestPath, IfHeader? header, CancellationToken cancellationToken)
    {
        if (header is null)
        {
            return;
        }

        foreach (var list in header.Lists)
        {
            if (await HoldsAsync(mount, requestPath, list, cancellationToken))
            {
                return;
            }
        }

        throw new DavException(StatusCodes.Status412PreconditionFailed, "No list of the If header holds.");
    }

    public async Task EnsureCanWriteAsync(DavMount mount, IfHeader? header, CancellationToken cancellationToken, params Target[] targets)
    {
        var submitted = header?.SubmittedTokens.ToHashSet(StringComparer.Ordinal) ?? [];
        // What covers a target (a lock on it, a deep lock above it) and what guards a parent's member list (any lock
        // on the parent, a depth-0 one included) come from one query: every write asks, and almost always finds none.
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            paths.Add(target.Path.Stored);
            ancestors.UnionWith(LockStore.Ancestors(target.Path));
            if (target.Membership && !target.Path.IsRoot)
            {
                paths.Add(target.Path.Parent.Stored);
            }
        }

        var relevant = (await locks.OnOrDeepAboveAsync(mount.OwnerId, paths, ancestors, cancellationToken)).ToDictionary(l => l.Token, StringComparer.Ordinal);
        foreach (var target in targets.Where(t => t.Deep))
        {
            foreach (var l in await locks.BelowAsync(mount.OwnerId, target.Path, cancellationToken))
            {
                relevant[l.Token] = l;
            }
        }

        // A lock is satisfied by its own token; shared locks on the same root are satisfied by any one of theirs.
        var missing = relevant.Values.FirstOrDefault(l =>
            !submitted.Contains(l.Token)
            && !(!l.Exclusive && relevant.Values.Any(o => !o.Exclusive && o.Path == l.Path && submitted.Contains(o.Token))));
        if (missing is not null)
        {
            throw new DavException(StatusCodes.Status423Locked, "The resource is locked and the lock token was not submitted.",
                new XElement(DavNames.D + "lock-token-submitted", new XElement(DavNames.D + "href", mount.Href(missing.Path, isFolder: false))));
        }
    }

    private async Task<bool> HoldsAsync(DavMount mount, DrivePath requestPath, IfList list, CancellationToken cancellationToken)
    {
        DrivePath? path;
        try
        {
            path = list.Resource is null ? requestPath : mount.PathOf(list.Resource);
        }
        catch (Core.Errors.DomainException)
        {
            return false;
        }

        if (path is null)
        {
            return false;
        }

        var entry = await drive.FindAsync(mount.OwnerId, path, cancellationToken);
        var tokens = (await locks.CoveringAsync(mount.OwnerId, path, cancellationToken)).Select(l => l.Token).ToHashSet(StringComparer.Ordinal);
        foreach (var condition in list.Conditions)
        {
            var holds = condition.StateToken is { } token
                ? tokens.Contains(token)
                : entry is not null && SameETag(entry.ETag, condition.ETag!);
            if (holds == condition.Not)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameETag(string current, string given) =>
        string.Equals(current, given.StartsWith("W/", StringComparison.Ordinal) ? given[2..] : given, StringComparison.Ordinal);
}
