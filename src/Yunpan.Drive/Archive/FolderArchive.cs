namespace Yunpan.Drive.Archive;

/// <summary>A folder whose download was allowed: what the archive holds and the name it is offered under.</summary>
/// <param name="OwnerId">The member whose drive is read.</param>
/// <param name="FolderPath">The folder's stored path ("" for the root).</param>
/// <param name="FileName">"name.zip" ("Yunpan.zip" for the root).</param>
internal sealed record FolderArchive(Guid OwnerId, string FolderPath, string FileName);
