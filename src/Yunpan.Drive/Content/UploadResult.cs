using Yunpan.Contracts.Drive;

namespace Yunpan.Drive.Content;

internal sealed record UploadResult(NodeDto Node, bool Created);
