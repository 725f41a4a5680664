using System.Runtime.InteropServices;

namespace Yunpan.Storage.Files;

/// <summary>
/// Makes a directory's entries durable: on Linux, an fsync of the directory itself. A file's fsync makes its bytes
/// durable, not its name; a rename into the blob store that only the page cache knows of can be gone after a power loss
/// while the database, committed, already refers to the blob. Elsewhere (NTFS journals its metadata) it does nothing,
/// and so it does on a file system that cannot fsync a directory (it answers EINVAL).
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int InvalidArgument = 22;
    private static bool s_unavailable = !OperatingSystem.IsLinux();

    public static void Flush(string directory)
    {
        if (s_unavailable)
        {
            return;
        }

        var fd = Open(directory, ReadOnly | CloseOnExec);
        if (fd < 0)
        {
            throw new IOException($"Could not open the folder {directory} to make its entries durable (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno != InvalidArgument)
                {
                    throw new IOException($"Could not make the entries of the folder {directory} durable (errno {errno}).");
                }

                s_unavailable = true;
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
