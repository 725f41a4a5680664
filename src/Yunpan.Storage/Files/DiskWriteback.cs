using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Yunpan.Storage.Files;

/// <summary>
/// Starts the kernel's write-back of a file's new bytes every few megabytes (Linux <c>sync_file_range</c> with
/// <c>SYNC_FILE_RANGE_WRITE</c>: asynchronous, it waits for nothing). Without it the dirty pages of a large upload pile
/// up in the page cache and the closing fsync writes them all while the client waits; with it the disk works while
/// the bytes arrive, and the fsync finds little left to do. Elsewhere, and where the call is refused, it does nothing.
/// </summary>
internal sealed partial class DiskWriteback(SafeFileHandle file, long offset)
{
    private const long Step = 8 * 1024 * 1024;
    private const uint SyncFileRangeWrite = 2;
    private static bool s_unavailable = !OperatingSystem.IsLinux();
    private long _started = offset;

    /// <summary>The file holds its bytes up to <paramref name="end"/>; writes are sequential.</summary>
    public void Written(long end)
    {
        if (s_unavailable || end - _started < Step)
        {
            return;
        }

        try
        {
            if (SyncFileRange(file, _started, end - _started, SyncFileRangeWrite) != 0)
            {
                s_unavailable = true; // e.g. a file system that refuses it: the final fsync does the work
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
        }

        _started = end;
    }

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static partial int SyncFileRange(SafeFileHandle fd, long offset, long nbytes, uint flags);
}
