using Microsoft.Extensions.Logging;

namespace Yunpan.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Collected {Count} unreferenced blobs")]
    public static partial void Collected(ILogger logger, int count);
}
