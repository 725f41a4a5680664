using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Instant;

/// <summary>
/// Second step of an instant upload (D-4): the member answers the challenge. The expected answer is computed from the
/// stored blob and compared in constant time. A right answer links the file (PlaceFile re-checks target, preconditions
/// and quota) and uses the challenge up, in one transaction; a wrong answer uses it up too, so each challenge gets
/// one guess. Expired, used and unknown challenges are refused.
/// </summary>
internal sealed class AnswerChallenge(DbContext db, IBlobStore store, IBlobCatalog blobs, PlaceFile place, TimeProvider clock)
{
    private DbSet<InstantChallenge> Challenges => db.Set<InstantChallenge>();

    public async Task<UploadResult> ExecuteAsync(Guid ownerId, Guid challengeId, AnswerChallengeRequest request, CancellationToken cancellationToken)
    {
        var answer = StartInstantUpload.NormalizeHash(request.Answer)
            ?? throw DriveErrors.Validation("answer must be the 64 hex digits of the SHA-256 of the nonce followed by the requested ranges.");
        var challenge = await Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId && c.OwnerId == ownerId, cancellationToken)
            ?? throw InstantUploadErrors.UnknownChallenge();
        EnsureOpen(challenge, clock.GetUtcNow());

        var expected = await ExpectedAsync(challenge, cancellationToken);
        if (!CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(answer)))
        {
            var now = clock.GetUtcNow();
            var burnt = await Challenges.Where(c => c.Id == challenge.Id && c.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), cancellationToken);
            throw burnt > 0 ? InstantUploadErrors.Failed() : InstantUploadErrors.Used();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var at = clock.GetUtcNow();
        var claimed = await Challenges.Where(c => c.Id == challenge.Id && c.UsedAt == null && c.ExpiresAt > at)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, at), cancellationToken);
        if (claimed == 0)
        {
            // Answered by a concurrent request, or expired while the ranges were read.
            var current = await Challenges.AsNoTracking().FirstAsync(c => c.Id == challenge.Id, cancellationToken);
            EnsureOpen(current, at);
            throw InstantUploadErrors.Used();
        }

        // A refusal by PlaceFile (quota, name clash, precondition) rolls the claim back: the challenge stays answerable.
        var result = await place.ExecuteAsync(
            ownerId,
            DrivePath.Parse(challenge.Path),
            new StoredBlob(challenge.Sha256, challenge.Size),
            new UploadRequest(challenge.Size, challenge.CreateParents, challenge.Autorename, challenge.IfMatch, challenge.IfNoneMatch),
            cancellationToken);
        await tx.CommitAsync(cancellationToken);
        await place.PublishAsync(ownerId);
        return result;
    }

    private static void EnsureOpen(InstantChallenge challenge, DateTimeOffset now)
    {
        if (challenge.UsedAt is not null)
        {
            throw InstantUploadErrors.Used();
        }

        if (challenge.ExpiresAt <= now)
        {
            throw InstantUploadErrors.Expired(challenge.ExpiresAt);
        }
    }

    private async Task<byte[]> ExpectedAsync(InstantChallenge challenge, CancellationToken cancellationToken)
    {
        var blob = await blobs.FindAsync(challenge.Sha256, cancellationToken);
        if (blob is null || blob.Size != challenge.Size)
        {
            throw InstantUploadErrors.ContentUnknown(); // collected since the challenge was issued
        }

        try
        {
            return await ChallengeProof.ComputeAsync(store, challenge.Sha256, Convert.FromHexString(challenge.Nonce), ChallengeRanges.Parse(challenge.Ranges), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or EndOfStreamException)
        {
            throw InstantUploadErrors.ContentUnknown();
        }
    }
}
