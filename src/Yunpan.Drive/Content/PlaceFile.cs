using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Activity;
using Yunpan.Core.Naming;
using Yunpan.Drive.Files;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Tree;
using Yunpan.Drive.Versions;
using Yunpan.Plans.Entitlements;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Content;

/// <summary>
/// Puts content that is already in the store at a path of a member's drive: a new file, or a new version of the file
/// that is there (D-8). Shared by every way content arrives (plain upload, resumable upload, instant upload). Runs in
/// one write transaction and re-checks target, preconditions and quota there, because other writers may have come
/// first while the bytes were arriving.
/// </summary>
internal sealed class PlaceFile(DbContext db, TreeStore tree, IBlobCatalog blobs, QuotaMeter meter, IEntitlements entitlements, VersionKeeper versions, ActivityFeed activity)
{
    public async Task<UploadResult> ExecuteAsync(Guid ownerId, DrivePath path, StoredBlob blob, UploadRequest request, CancellationToken cancellationToken)
    {
        // A caller that must commit something together with the placement (instant upload marks its challenge used)
        // opens the transaction itself; otherwise this is the transaction.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        // The checks before the body tracked the nodes as they were then; a tracked entity is returned as it is, not
        // as the database now holds it, so forget them: the reads below must see what other writers committed.
        db.ChangeTracker.Clear();
        // Re-read under the write lock: another writer may have come first.
        var (parent, existing) = await FindTargetAsync(ownerId, path, request, cancellationToken);
        CheckTarget(path, existing, request);
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        var used = (await meter.UsageAsync(ownerId, cancellationToken)).Total;

        Node node;
        var created = existing is null || existing.IsFolder || request.Autorename;
        if (created)
        {
            var name = existing is null ? path.Name : await tree.FreeNameAsync(parent, path.Name, isFolder: false, cancellationToken);
            QuotaRules.EnsureFits(plan.Capacity, used, blob.Size);
            node = tree.NewNode(parent, name, NodeKind.File);
            node.BlobHash = blob.Hash;
            node.Size = blob.Size;
            tree.Nodes.Add(node);
            await AddReferenceAsync(blob, cancellationToken);
        }
        else if (existing!.BlobHash == blob.Hash)
        {
            node = existing; // same bytes again: nothing to version, nothing to count
        }
        else
        {
            QuotaRules.EnsureFits(plan.Capacity, used, blob.Size);
            node = existing;
            versions.Archive(node);
            node.BlobHash = blob.Hash;
            node.Size = blob.Size;
            node.ModifiedAt = tree.Now;
            await AddReferenceAsync(blob, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await versions.PruneAsync(node, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (tx is not null)
        {
            await tx.CommitAsync(cancellationToken);
            await PublishAsync(ownerId);
        }

        return new UploadResult(node.ToDto(), created, node.ToEntry());
    }

    private async Task<(Node Parent, Node? Existing)> FindTargetAsync(Guid ownerId, DrivePath path, UploadRequest request, CancellationToken cancellationToken)
    {
        if (!request.CreateParents)
        {
            return await tree.RequireParentAndFindAsync(ownerId, path, cancellationToken);
        }

        var parent = await tree.EnsureFoldersAsync(ownerId, path.Parent, renameBlocked: false, cancellationToken);
        return (parent, await tree.ChildAsync(parent, path.Name, cancellationToken));
    }

    /// <summary>Tells listeners (starter tasks) a file arrived. Only after the commit: a caller that owns the
    /// transaction publishes once it has committed, since a listener writing meanwhile would wait on our lock.</summary>
    public Task PublishAsync(Guid ownerId) => activity.PublishAsync(new MemberActivity(ownerId, ActivityKinds.FileUploaded));

    private async Task AddReferenceAsync(StoredBlob blob, CancellationToken cancellationToken)
    {
        if (!await blobs.AddReferencesAsync(blob.Hash, 1, cancellationToken))
        {
            throw DriveErrors.ContentGone();
        }
    }

    /// <summary>Preconditions (If-Match, If-None-Match: *) and the folder-in-the-way rule, before and after the bytes.</summary>
    public static void CheckTarget(DrivePath path, Node? existing, UploadRequest request)
    {
        if (!Preconditions.Matches(request.IfMatch, existing)
            || (existing is not null && !Preconditions.AllowsExisting(request.IfNoneMatch)))
        {
            throw DriveErrors.PreconditionFailed();
        }

        if (existing is { IsFolder: true } && !request.Autorename)
        {
            throw DriveErrors.Conflict(path);
        }
    }
}
