using MudBlazor;
using Yunpan.Contracts.Drive;

namespace Yunpan.Web.Services;

/// <summary>What a file is for the UI: its icon and how it can be previewed.</summary>
public static class FileKinds
{
    public static bool IsFolder(NodeDto node) => node.Kind == NodeKinds.Folder;

    public static bool IsImage(NodeDto node) => Type(node).StartsWith("image/", StringComparison.Ordinal);

    /// <summary>Whether the server renders a thumbnail of it; other images show their icon.</summary>
    public static bool HasThumbnail(NodeDto node) => Thumbnails.CanRender(node.ContentType);

    public static bool IsVideo(NodeDto node) => Type(node).StartsWith("video/", StringComparison.Ordinal);

    public static bool IsAudio(NodeDto node) => Type(node).StartsWith("audio/", StringComparison.Ordinal);

    public static bool IsPdf(NodeDto node) => Type(node) == "application/pdf";

    public static bool IsText(NodeDto node) =>
        Type(node).StartsWith("text/", StringComparison.Ordinal)
        || Type(node) is "application/json" or "application/xml" or "application/javascript"
        || Path.GetExtension(node.Name).ToUpperInvariant() is ".MD" or ".LOG" or ".CSV" or ".YAML" or ".YML" or ".TOML" or ".INI" or ".CS" or ".PY" or ".SH";

    public static bool CanPreview(NodeDto node) => IsImage(node) || IsVideo(node) || IsAudio(node) || IsPdf(node) || IsText(node);

    public static string Icon(NodeDto node) =>
        IsFolder(node) ? Icons.Material.Filled.Folder
        : IsImage(node) ? Icons.Material.Outlined.Image
        : IsVideo(node) ? Icons.Material.Outlined.Movie
        : IsAudio(node) ? Icons.Material.Outlined.AudioFile
        : IsPdf(node) ? Icons.Material.Outlined.PictureAsPdf
        : IsText(node) ? Icons.Material.Outlined.Description
        : Icons.Material.Outlined.InsertDriveFile;

    private static string Type(NodeDto node) => node.ContentType ?? "";
}
