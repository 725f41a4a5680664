using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Tree;
using Yunpan.Plans.Entitlements;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Instant;

/// <summary>
/// First step of an instant upload (D-4): the member names size, SHA-256 and target. Target, preconditions, the plan's
/// single-file limit and the quota are checked as for an upload; then, when the store holds that content, a challenge
/// is issued: a fresh nonce and byte ranges the member must hash to prove they hold the bytes.
/// </summary>
internal sealed class StartInstantUpload(
    DbContext db,
    TreeStore tree,
    IBlobStore store,
    IBlobCatalog blobs,
    QuotaMeter meter,
    IEntitlements entitlements,
    InstantUploadKey key,
    IOptions<DriveOptions> options,
    TimeProvider clock)
{
    private const int NonceLength = 16;

    /// <summary>Expired challenges are kept this long, so that a late answer hears "expired" rather than "unknown".</summary>
    internal static readonly TimeSpan KeepExpired = TimeSpan.FromHours(1);

    public async Task<InstantUploadChallenge> ExecuteAsync(
        Guid ownerId, StartInstantUploadRequest request, string? ifMatch, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var path = DrivePath.Parse(request.Path ?? throw DriveErrors.Validation("path is required: the full path the file should have in your drive."));
        if (path.IsRoot)
        {
            throw DriveErrors.RootImmutable();
        }

        var hash = NormalizeHash(request.Sha256)
            ?? throw DriveErrors.Validation("sha256 must be the 64 hex digits of the SHA-256 of the whole file.");
        if (request.Size < 0)
        {
            throw DriveErrors.Validation("size must be the length of the file in bytes (0 or more).");
        }

        var target = new UploadRequest(request.Size, request.Parents, request.Autorename, NullIfEmpty(ifMatch), NullIfEmpty(ifNoneMatch));
        if (!target.CreateParents)
        {
            await tree.RequireParentAsync(ownerId, path.Parent, cancellationToken);
        }

        PlaceFile.CheckTarget(path, await tree.FindAsync(ownerId, path, cancellationToken), target);
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        if (request.Size > plan.MaxUpload)
        {
            throw DriveErrors.FileTooLarge(plan.MaxUpload, plan);
        }

        var used = (await meter.UsageAsync(ownerId, cancellationToken)).Total;
        QuotaRules.EnsureFits(plan.Capacity, used, request.Size);

        var blob = await blobs.FindAsync(hash, cancellationToken);
        if (blob is null || blob.Size != request.Size || !store.Exists(hash))
        {
            throw InstantUploadErrors.ContentUnknown();
        }

        var now = clock.GetUtcNow();
        var forgotten = now - KeepExpired;
        await db.Set<InstantChallenge>().Where(c => c.ExpiresAt < forgotten).ExecuteDeleteAsync(cancellationToken);

        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var ranges = ChallengeRanges.Derive(key.Secret, ownerId, hash, nonce, request.Size);
        var challenge = new InstantChallenge
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Sha256 = hash,
            Size = request.Size,
            Path = path.Value,
            CreateParents = target.CreateParents,
            Autorename = target.Autorename,
            IfMatch = target.IfMatch,
            IfNoneMatch = target.IfNoneMatch,
            Nonce = Convert.ToHexStringLower(nonce),
            Ranges = ChallengeRanges.Format(ranges),
            CreatedAt = now,
            ExpiresAt = now + options.Value.InstantUploadValidity,
        };
        db.Set<InstantChallenge>().Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        return new InstantUploadChallenge(challenge.Id, challenge.Nonce, ranges, challenge.ExpiresAt);
    }

    /// <summary>Lower-case hex, or null when <paramref name="value"/> is not 64 hex digits.</summary>
    internal static string? NormalizeHash(string? value) =>
        value is { Length: 64 } && value.All(char.IsAsciiHexDigit) ? value.ToLowerInvariant() : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
