namespace Yunpan.Drive.Persistence;

/// <summary>Folders sort before files, so the numeric order is the listing order.</summary>
internal enum NodeKind : byte
{
    Folder = 1,
    File = 2,
}
