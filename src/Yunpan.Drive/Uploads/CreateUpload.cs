using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Tree;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// tus creation (POST): checks the target, the plan's single-file limit and the quota before a byte is accepted, and
/// reserves the announced length against the quota for as long as the upload lives. A final upload of the
/// concatenation extension joins its finished parts at once.
/// </summary>
internal sealed class CreateUpload(
    DbContext db,
    TreeStore tree,
    UploadStaging staging,
    QuotaMeter meter,
    IEntitlements entitlements,
    ConcatenateUploads concatenate,
    IOptions<DriveOptions> options,
    TimeProvider clock)
{
    public async Task<UploadSession> ExecuteAsync(Guid ownerId, string? lengthHeader, string? metadataHeader, string? concatHeader, CancellationToken cancellationToken)
    {
        var concat = UploadConcat.Parse(concatHeader);
        var metadata = UploadMetadata.Parse(metadataHeader);
        var target = concat.IsPartial ? null : Target(metadata);
        var createParents = metadata.Flag("parents", fallback: true);
        if (target is not null && !createParents)
        {
            await tree.RequireParentAsync(ownerId, target.Parent, cancellationToken);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        var parts = concat.IsFinal ? await concatenate.PartsAsync(ownerId, concat.Parts, cancellationToken) : [];
        if (concat.IsFinal && !string.IsNullOrEmpty(lengthHeader))
        {
            throw DriveErrors.Validation("A final upload takes its length from its parts; leave Upload-Length out.");
        }

        var length = concat.IsFinal ? parts.Sum(p => p.Length) : Length(lengthHeader);
        if (length > plan.MaxUpload)
        {
            throw DriveErrors.FileTooLarge(plan.MaxUpload, plan);
        }

        // The parts of a final upload are reserved already; the final takes their reservation over.
        var used = (await meter.UsageAsync(ownerId, cancellationToken)).Total;
        QuotaRules.EnsureFits(plan.Capacity, used - parts.Sum(p => p.Length), length);

        var now = clock.GetUtcNow();
        var session = new UploadSession
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Length = length,
            TargetPath = target?.Stored,
            CreateParents = createParents,
            Autorename = metadata.Flag("autorename", fallback: false),
            IsPartial = concat.IsPartial,
            Metadata = metadataHeader,
            CreatedAt = now,
            ExpiresAt = now + options.Value.UploadExpiry,
        };
        db.Add(session);
        if (concat.IsFinal)
        {
            await concatenate.JoinAsync(session, parts, cancellationToken);
        }
        else
        {
            await using (File.Create(staging.PathOf(session.Id)))
            {
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return session;
    }

    private static DrivePath Target(UploadMetadata metadata)
    {
        var name = metadata["filename"] ?? metadata["name"];
        if (string.IsNullOrEmpty(name))
        {
            throw DriveErrors.Validation("Upload-Metadata needs 'filename' (and optionally 'folder', a drive path) to know where the file goes.");
        }

        return DrivePath.Parse(metadata["folder"] ?? "/").Child(name);
    }

    private static long Length(string? header) =>
        long.TryParse(header, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
            ? length
            : throw DriveErrors.Validation("Upload-Length must be given as a non-negative whole number (deferred lengths are not supported).");
}
