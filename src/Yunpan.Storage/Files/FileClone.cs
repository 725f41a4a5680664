using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Yunpan.Storage.Files;

/// <summary>
/// Appends a file's bytes to another by sharing its disk blocks instead of copying them (Linux <c>FICLONERANGE</c>:
/// XFS with reflink, btrfs, bcachefs). Where that cannot be done (ext4, another volume, a target offset that is not a
/// multiple of the file system's block size) it answers false, having changed nothing, and the caller copies.
/// </summary>
public static partial class FileClone
{
    /// <summary><c>_IOW(0x94, 13, struct file_clone_range)</c>.</summary>
    private const nuint FicloneRange = 0x4020940D;
    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>Makes bytes [0, <paramref name="length"/>) of <paramref name="source"/> the bytes of
    /// <paramref name="target"/> from <paramref name="offset"/> on, growing it as needed.</summary>
    public static bool TryAppend(SafeFileHandle source, long length, SafeFileHandle target, long offset)
    {
        if (s_unavailable)
        {
            return false;
        }

        var added = false;
        try
        {
            source.DangerousAddRef(ref added);
            var range = new CloneRange(source.DangerousGetHandle(), 0, (ulong)length, (ulong)offset);
            return Ioctl(target, FicloneRange, ref range) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
        finally
        {
            if (added)
            {
                source.DangerousRelease();
            }
        }
    }

    /// <summary><c>struct file_clone_range</c> of linux/fs.h.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct CloneRange(long SourceFd, ulong SourceOffset, ulong SourceLength, ulong TargetOffset);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(SafeFileHandle fd, nuint request, ref CloneRange range);
}
