namespace Yunpan.Drive.Uploads;

/// <summary>The tus 1.0 names this server speaks (https://tus.io/protocols/resumable-upload).</summary>
internal static class TusProtocol
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,creation-with-upload,termination,checksum,expiration,concatenation";
    public const string ChecksumAlgorithms = "sha256,sha1";
    public const string ContentType = "application/offset+octet-stream";

    public const string Resumable = "Tus-Resumable";
    public const string VersionHeader = "Tus-Version";
    public const string Extension = "Tus-Extension";
    public const string MaxSize = "Tus-Max-Size";
    public const string ChecksumAlgorithm = "Tus-Checksum-Algorithm";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadLength = "Upload-Length";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadExpires = "Upload-Expires";
    public const string UploadConcat = "Upload-Concat";
    public const string UploadChecksum = "Upload-Checksum";

    /// <summary>Status of a chunk whose Upload-Checksum does not match (tus checksum extension).</summary>
    public const int ChecksumMismatch = 460;

    public const string BasePath = "/api/v1/uploads";

    public static string Location(Guid id) => $"{BasePath}/{id:N}";
}
