namespace Yunpan.Web.Services;

public enum UploadState
{
    /// <summary>A large file being hashed, to be offered for instant upload.</summary>
    Hashing,
    Uploading,
    Paused,
    Done,
    Failed,
    Canceled,
}

/// <summary>One file on its way up, as the upload panel shows it.</summary>
public sealed class UploadItem(int id, string name, string folder, long size)
{
    public int Id { get; } = id;

    public string Name { get; } = name;

    /// <summary>The drive folder the file goes into.</summary>
    public string Folder { get; } = folder;

    public long Size { get; } = size;

    public long Sent { get; set; }

    /// <summary>How much of the file has been hashed (instant upload).</summary>
    public long Hashed { get; set; }

    /// <summary>The server already held the content: the file was added without sending it (D-4).</summary>
    public bool Instant { get; set; }

    public double BytesPerSecond { get; set; }

    public UploadState State { get; set; } = UploadState.Uploading;

    /// <summary>Where a resumed upload picked up (an earlier page or session had sent this much).</summary>
    public long? ResumedFrom { get; set; }

    /// <summary>Why the file did not arrive, in the member's words (over quota, too large…).</summary>
    public string? Error { get; set; }

    public int Percent => Size == 0 ? (State == UploadState.Done ? 100 : 0) : (int)(Sent * 100 / Size);

    public int HashedPercent => Size == 0 ? 0 : (int)(Hashed * 100 / Size);
}
