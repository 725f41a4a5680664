namespace Yunpan.Drive.Content;

/// <summary>How a plain upload should land.</summary>
/// <param name="Length">Content-Length when announced.</param>
/// <param name="CreateParents">Create missing parent folders (parents=true).</param>
/// <param name="Autorename">Store as "name (1)" instead of replacing an existing file.</param>
/// <param name="IfMatch">Replace only when the current ETag matches.</param>
/// <param name="IfNoneMatch">"*": create only, never replace.</param>
/// <param name="PlanLimitOnly">Only the plan's single-file limit applies, not the plain-upload limit (WebDAV PUT is
/// the only way a DAV client uploads, so it must take files as large as the plan allows).</param>
internal sealed record UploadRequest(long? Length, bool CreateParents, bool Autorename, string? IfMatch, string? IfNoneMatch, bool PlanLimitOnly = false);
