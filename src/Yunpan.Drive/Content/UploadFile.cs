using Microsoft.Extensions.Options;
using Yunpan.Core.Naming;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Tree;
using Yunpan.Plans.Entitlements;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Content;

/// <summary>
/// The plain upload (D-3): the body streams into the blob store while it is hashed. Limits are checked before the
/// first byte when the length is announced and enforced while streaming when it is not; a refused or broken upload
/// leaves nothing behind. Overwriting keeps the previous content as a version (D-8).
/// </summary>
internal sealed class UploadFile(
    TreeStore tree,
    IBlobStore store,
    IBlobCatalog blobs,
    QuotaMeter meter,
    IEntitlements entitlements,
    PlaceFile place,
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
        var sizeLimit = request.PlanLimitOnly ? plan.MaxUpload : Math.Min(options.Value.SimpleUploadLimit, plan.MaxUpload);
        var room = QuotaRules.IsOver(plan.Capacity, used) ? -1 : QuotaRules.Room(plan.Capacity, used);
        if (request.Length is { } announced)
        {
            if (announced > sizeLimit)
            {
                throw DriveErrors.FileTooLarge(sizeLimit, plan);
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
        return await place.ExecuteAsync(ownerId, path, blob, request, cancellationToken);
    }

    private async Task CheckTargetAsync(Guid ownerId, DrivePath path, UploadRequest request, CancellationToken cancellationToken)
    {
        var existing = request.CreateParents
            ? await tree.FindAsync(ownerId, path, cancellationToken)
            : (await tree.RequireParentAndFindAsync(ownerId, path, cancellationToken)).Existing;
        PlaceFile.CheckTarget(path, existing, request);
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
            throw DriveErrors.FileTooLarge(sizeLimit, plan);
        }
        catch (StorageFullException)
        {
            throw DriveErrors.StorageFull();
        }
    }
}
