using System.Text;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// The Upload-Metadata header: comma-separated "key base64value" pairs. Yunpan reads <c>filename</c> and
/// <c>folder</c> (a drive path; default the root), and the flags <c>parents</c> (create missing folders, default
/// true, as folder uploads need) and <c>autorename</c> (keep an existing file and store "name (1)").
/// </summary>
internal sealed class UploadMetadata
{
    private readonly Dictionary<string, string?> _pairs;

    private UploadMetadata(Dictionary<string, string?> pairs) => _pairs = pairs;

    public string? this[string key] => _pairs.GetValueOrDefault(key);

    public bool Flag(string key, bool fallback) => this[key]?.Trim().ToLowerInvariant() switch
    {
        null => fallback,
        "" or "1" or "true" or "yes" => true,
        _ => false,
    };

    public static UploadMetadata Parse(string? header)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(header))
        {
            return new UploadMetadata(pairs);
        }

        foreach (var item in header.Split(','))
        {
            var parts = item.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].Length == 0 || !pairs.TryAdd(parts[0], parts.Length == 2 ? Decode(parts[1]) : null))
            {
                throw DriveErrors.Validation("Upload-Metadata must be comma-separated 'key base64value' pairs with unique keys.");
            }
        }

        return new UploadMetadata(pairs);
    }

    private static string Decode(string value)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(value));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            throw DriveErrors.Validation("An Upload-Metadata value is not base64-encoded UTF-8.");
        }
    }
}
