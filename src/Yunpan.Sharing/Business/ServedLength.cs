using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Yunpan.Drive.Files;

namespace Yunpan.Sharing.Business;

/// <summary>
/// How many bytes of a file a download request can make the server send, decided before it starts (S-8). Never less
/// than what is sent: anything the answer might treat as a whole-file download (several ranges, an If-Range that is
/// not the file's ETag, a header that does not parse) counts the whole file, and the difference is given back after.
/// </summary>
internal static class ServedLength
{
    public static long Of(HttpRequest request, DriveEntry file)
    {
        if (HttpMethods.IsHead(request.Method))
        {
            return 0;
        }

        var range = request.Headers.Range.ToString();
        if (range.Length == 0 || file.Size == 0)
        {
            return file.Size;
        }

        var ifRange = request.Headers.IfRange.ToString();
        if ((ifRange.Length > 0 && ifRange != file.ETag) || !RangeHeaderValue.TryParse(range, out var parsed)
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || parsed.Ranges.Count != 1)
        {
            return file.Size;
        }

        var only = parsed.Ranges.First();
        if (only.From is null)
        {
            return Math.Min(only.To ?? 0, file.Size);
        }

        if (only.To < only.From)
        {
            return file.Size; // Not a valid range: answered as a whole-file download.
        }

        if (only.From >= file.Size)
        {
            return 0; // 416: nothing of the file is sent.
        }

        var last = Math.Min(only.To ?? (file.Size - 1), file.Size - 1);
        return Math.Max(0, last - only.From.Value + 1);
    }
}
