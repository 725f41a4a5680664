namespace Yunpan.Drive.Persistence;

/// <summary>
/// A download of a whole file that the connection dropped before it finished (K-12: "stuck at 99 %" is what members
/// call the desk about). Ranged requests are not recorded: a video player or a resuming client cancels them as a
/// matter of course.
/// </summary>
internal sealed class DownloadFailure
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Path { get; init; }

    public long Size { get; init; }

    public DateTimeOffset At { get; init; }
}
