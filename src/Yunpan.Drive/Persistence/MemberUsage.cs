namespace Yunpan.Drive.Persistence;

/// <summary>
/// A member's bytes in files, trash and earlier versions, kept by the database itself: triggers on
/// <c>drive_nodes</c> and <c>drive_versions</c> (named in <see cref="MemberUsageConfiguration"/>, created by the migration) add and subtract every
/// change in the statement that makes it, so the row is exact inside any transaction, whatever code path wrote.
/// </summary>
internal sealed class MemberUsage
{
    public Guid OwnerId { get; init; }

    public long Files { get; init; }

    public long Trash { get; init; }

    public long Versions { get; init; }
}
