using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Tree;
using Yunpan.Drive.Versions;
using Yunpan.Plans.Entitlements;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Content;

/// <summary>
/// The plain upload (D-3): the body streams into the blob store while it is hashed. Limits are checked before the
/// first byte when the length is announced and enforced while streaming when it is not; a refused or broken upload
/// leaves nothing behind. Overwriting keeps the previous content as a version (D-8).
/// </summary>
internal sealed class UploadFile(
    DbContext db,
    TreeStore tree,
    IBlobStore store,
    IBlobCatalog blobs,
    QuotaMeter meter,
    IEntitlements entitlements,
    VersionKeeper versions,
    IOptions<DriveOptions> options)
{
    public async Task<UploadResult> ExecuteAsync(Guid ownerId, DrivePath path, Stream body, UploadRequest request, CancellationToken cancellationToken)
    {
        if (path.IsRoot)
        {
            throw DriveErrors.RootImmutable();
        }

        // Fail fast, before reading the body: target, preconditions and limits.
        await CheckTargetAsync(ownerId, path, request, cancellationToken);
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        var used = (await meter.UsageAsync(ownerId, cancellationToken)).Total;
        var sizeLimit = Math.Min(options.Value.SimpleUploadLimit, plan.MaxUpload);
        var room = QuotaRules.IsOver(plan.Capacity, used) ? -1 : QuotaRules.Room(plan.Capacity, used);
        if (request.Length is { } announced)
        {
            if (announced > sizeLimit)
            {
                throw TooLarge(sizeLimit, plan);
            }

            QuotaRules.EnsureFits(plan.Capacity, used, announced);
        }
        else if (room < 0)
        {
            throw QuotaRules.Exceeded(plan.Capacity, used, 0);
        }

        using var staged = await ReceiveAsync(body, Math.Min(sizeLimit, Math.Max(room, 0)), sizeLimit, plan, used, cancellationToken);
        var blob = staged.Blob;
        if (request.Length is { } expected && blob.Size != expected)
        {
            throw DriveErrors.IncompleteUpload(expected, blob.Size);
        }

        // Recorded before the bytes are committed, so the collector cannot take the file commit finds in place.
        await blobs.TouchAsync(blob, cancellationToken);
        store.Commit(staged);
        return await CommitAsync(ownerId, path, blob, request, cancellationToken);
    }

    private async Task CheckTargetAsync(Guid ownerId, DrivePath path, UploadRequest request, CancellationToken cancellationToken)
    {
        if (!request.CreateParents)
        {
            await tree.RequireParentAsync(ownerId, path.Parent, cancellationToken);
        }

        CheckTarget(path, await tree.FindAsync(ownerId, path, cancellationToken), request);
    }

    private static void CheckTarget(DrivePath path, Node? existing, UploadRequest request)
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

    private async Task<StagedBlob> ReceiveAsync(Stream body, long limit, long sizeLimit, Entitlements plan, long used, CancellationToken cancellationToken)
    {
        try
        {
            return await store.StageAsync(body, limit, cancellationToken);
        }
        catch (BlobLimitExceededException) when (limit < sizeLimit)
        {
            throw QuotaRules.Exceeded(plan.Capacity, used, limit + 1);
        }
        catch (BlobLimitExceededException)
        {
            throw TooLarge(sizeLimit, plan);
        }
        catch (StorageFullException)
        {
            throw DriveErrors.StorageFull();
        }
    }

    private async Task<UploadResult> CommitAsync(Guid ownerId, DrivePath path, StoredBlob blob, UploadRequest request, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);

        // The checks before the body tracked the nodes as they were then; a tracked entity is returned as it is, not
        // as the database now holds it, so forget them: the reads below must see what other writers committed.
        db.ChangeTracker.Clear();
        var parent = request.CreateParents
            ? await tree.EnsureFoldersAsync(ownerId, path.Parent, renameBlocked: false, cancellationToken)
            : await tree.RequireParentAsync(ownerId, path.Parent, cancellationToken);

        // Re-read under the write lock: another writer may have come first.
        var existing = await tree.ChildAsync(parent, path.Name, cancellationToken);
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
        await tx.CommitAsync(cancellationToken);
        return new UploadResult(node.ToDto(), created);
    }

    private async Task AddReferenceAsync(StoredBlob blob, CancellationToken cancellationToken)
    {
        if (!await blobs.AddReferencesAsync(blob.Hash, 1, cancellationToken))
        {
            throw DriveErrors.ContentGone();
        }
    }

    private static DomainException TooLarge(long sizeLimit, Entitlements plan) =>
        new(ErrorCodes.FileTooLarge, 413,
            sizeLimit < plan.MaxUpload
                ? $"Plain uploads are limited to {QuotaRules.Bytes(sizeLimit)}; send larger files with a resumable upload (/api/v1/uploads)."
                : $"Your plan ({plan.PlanName}) accepts files of up to {QuotaRules.Bytes(plan.MaxUpload)}; a larger plan accepts larger files.",
            new Dictionary<string, object?> { ["limit"] = sizeLimit, ["plan"] = plan.PlanId });
}
