namespace Yunpan.Drive.Uploads;

/// <summary>The Upload-Concat header: "partial", or "final;" followed by the parts' URLs in order.</summary>
internal sealed record UploadConcat(bool IsPartial, bool IsFinal, IReadOnlyList<Guid> Parts)
{
    public static UploadConcat Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new UploadConcat(false, false, []);
        }

        header = header.Trim();
        if (header == "partial")
        {
            return new UploadConcat(true, false, []);
        }

        if (!header.StartsWith("final;", StringComparison.Ordinal))
        {
            throw DriveErrors.Validation("Upload-Concat must be 'partial' or 'final;<url> <url> …'.");
        }

        var parts = new List<Guid>();
        foreach (var url in header["final;".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var last = url.TrimEnd('/').Split('/')[^1];
            parts.Add(Guid.TryParse(last, out var id) ? id : throw DriveErrors.Validation($"'{url}' is not the URL of an upload."));
        }

        return parts.Count == 0 || parts.Distinct().Count() != parts.Count
            ? throw DriveErrors.Validation("A final upload lists its parts once each, in order.")
            : new UploadConcat(false, true, parts);
    }
}
