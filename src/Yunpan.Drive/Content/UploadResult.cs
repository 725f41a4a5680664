using Yunpan.Contracts.Drive;
using Yunpan.Drive.Files;

namespace Yunpan.Drive.Content;

/// <summary>The placed file as the API shows it and, for callers of <see cref="IDriveFiles"/>, as an entry, so that
/// neither has to read it back.</summary>
internal sealed record UploadResult(NodeDto Node, bool Created, DriveEntry Entry);
