namespace Yunpan.Drive.Content;

internal sealed record Download(string BlobHash, string Name, long Size, DateTimeOffset ModifiedAt);
