using Microsoft.AspNetCore.StaticFiles;
using Yunpan.Contracts.Drive;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

internal static class NodeMapper
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static NodeDto ToDto(this Node node) => new(
        node.Id,
        node.Name,
        node.Path.Length == 0 ? "/" : node.Path,
        node.IsFolder ? NodeKinds.Folder : NodeKinds.File,
        node.IsFolder ? null : node.Size,
        node.IsFolder ? null : ContentTypeOf(node.Name),
        node.BlobHash,
        node.CreatedAt,
        node.ModifiedAt);

    public static string ContentTypeOf(string name) =>
        ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
}
