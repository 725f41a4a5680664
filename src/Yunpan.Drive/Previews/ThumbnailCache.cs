using Yunpan.Core.Hosting;
using Yunpan.Storage.Collection;

namespace Yunpan.Drive.Previews;

/// <summary>
/// Rendered thumbnails on disk (data/thumbnails/ab/&lt;hash&gt;-&lt;size&gt;.jpg), keyed by the content hash: a
/// thumbnail is rendered once per content and size, whoever asks and whatever the file is called. Only members
/// who hold a file with that content reach it (the endpoint resolves their path first). Collected with the content.
/// </summary>
internal sealed class ThumbnailCache(DataDirectory data) : IBlobDerivatives
{
    private readonly string _root = data.Folder("thumbnails");

    public string PathOf(string hash, int size) => Path.Combine(_root, hash[..2], $"{hash}-{size}.jpg");

    /// <summary>The content is collected: its thumbnails go with it.</summary>
    public void Delete(string hash)
    {
        foreach (var path in RenderThumbnail.Sizes.Select(size => PathOf(hash, size)).Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes through a temporary file and a rename, so a reader never sees half a thumbnail.</summary>
    public async Task<string> StoreAsync(string hash, int size, ReadOnlyMemory<byte> jpeg, CancellationToken cancellationToken)
    {
        var path = PathOf(hash, size);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, jpeg, cancellationToken);
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
