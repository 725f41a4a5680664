namespace Yunpan.Drive.Files;

/// <summary>A member's space: bytes counted against the quota (files, versions, trash, reserved uploads) and the capacity.</summary>
public sealed record DriveSpace(long Used, long Capacity)
{
    public long Available => Math.Max(0, Capacity - Used);
}
