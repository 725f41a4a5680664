namespace Yunpan.Core.Support;

/// <summary>
/// K-12: the member's space in use and their unfinished uploads (an upload that "stops" is one that never completed),
/// for the desk's customer context. Implemented by Drive and registered in its module setup.
/// </summary>
public interface IMemberStorageSummary
{
    Task<MemberStorageSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken);
}

/// <summary>Bytes in files, versions, the trash and reserved by running uploads; the newest unfinished uploads and
/// failed downloads.</summary>
public sealed record MemberStorageSummary(
    long Files,
    long Versions,
    long Trash,
    long Uploads,
    IReadOnlyList<UnfinishedUpload> UnfinishedUploads,
    IReadOnlyList<FailedDownload> FailedDownloads)
{
    public long Used => Files + Versions + Trash + Uploads;
}

/// <summary>
/// An upload that has not completed: how far it got, when it started and when it expires (or expired). Only the
/// target path is shown: it is the member's own data, seen by staff working their case.
/// </summary>
public sealed record UnfinishedUpload(string? TargetPath, long Length, long Offset, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>A whole-file download the connection dropped before the end ("stuck at 0 % / 99 %"): which file, how big, when.</summary>
public sealed record FailedDownload(string Path, long Size, DateTimeOffset At);
