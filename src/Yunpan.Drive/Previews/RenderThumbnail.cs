using SkiaSharp;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Content;
using Yunpan.Drive.Tree;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Previews;

/// <summary>
/// A small JPEG of an image file for the grid view and the lightbox (SkiaSharp). Rendered once per content and
/// size and cached; decoding asks the codec for a reduced size where it can (JPEG), and at most two renders run
/// at once, so a folder full of photos cannot take the server's memory.
/// </summary>
internal sealed class RenderThumbnail(OpenContent open, IBlobStore store, ThumbnailCache cache)
{
    /// <summary>The sizes served (longest side, pixels); others are rounded up to the next one.</summary>
    public static readonly int[] Sizes = [64, 128, 256, 512, 1024];

    /// <summary>A larger decoded bitmap is not made for a thumbnail (it needs width × height × 4 bytes: 64 MB here).
    /// JPEGs decode scaled down, so large photos pass; a PNG or GIF decodes at full size, so a huge one is refused.</summary>
    private const long MaxDecodedPixels = 16_000_000;

    private static readonly SemaphoreSlim Renders = new(2);

    public async Task<Thumbnail> ExecuteAsync(Guid ownerId, DrivePath path, int requestedSize, CancellationToken cancellationToken)
    {
        var download = await open.FileAsync(ownerId, path, cancellationToken);
        if (!Thumbnails.CanRender(NodeMapper.ContentTypeOf(download.Name)))
        {
            throw DriveErrors.NotAnImage(download.Name);
        }

        var size = Sizes.FirstOrDefault(s => s >= requestedSize, Sizes[^1]);
        var cached = cache.PathOf(download.BlobHash, size);
        if (File.Exists(cached))
        {
            return new Thumbnail(cached, download.BlobHash, size);
        }

        await Renders.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(cached))
            {
                return new Thumbnail(cached, download.BlobHash, size);
            }

            var jpeg = Render(download.BlobHash, size) ?? throw DriveErrors.NotAnImage(download.Name);
            return new Thumbnail(await cache.StoreAsync(download.BlobHash, size, jpeg, cancellationToken), download.BlobHash, size);
        }
        finally
        {
            Renders.Release();
        }
    }

    private byte[]? Render(string hash, int size)
    {
        // The store's streams read unbuffered (they feed large copies); decoders read in small pieces.
        using var source = new BufferedStream(store.OpenRead(hash), 64 * 1024);
        using var codec = SKCodec.Create(source);
        if (codec is null)
        {
            return null;
        }

        // Let the decoder skip detail it would throw away (JPEG decodes at 1/2, 1/4, 1/8 directly).
        var scale = Math.Min(1f, (float)size / Math.Max(codec.Info.Width, codec.Info.Height));
        var decoded = codec.GetScaledDimensions(Math.Max(scale, 1f / 8));
        if ((long)decoded.Width * decoded.Height > MaxDecodedPixels)
        {
            return null;
        }

        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var (width, height) = Fit(codec.Info.Width, codec.Info.Height, size);
        using var resized = bitmap.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var canvasBitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(canvasBitmap))
        {
            // JPEG has no transparency: transparent parts of PNGs and GIFs go on white, as they look on a page.
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(resized ?? bitmap, new SKRect(0, 0, width, height));
        }

        using var image = SKImage.FromBitmap(canvasBitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        return data.ToArray();
    }

    private static (int Width, int Height) Fit(int width, int height, int size)
    {
        if (width <= size && height <= size)
        {
            return (width, height);
        }

        return width >= height
            ? (size, Math.Max(1, (int)Math.Round((double)height * size / width)))
            : (Math.Max(1, (int)Math.Round((double)width * size / height)), size);
    }
}

/// <summary>A rendered thumbnail: its file, and what it was rendered from (the ETag).</summary>
internal sealed record Thumbnail(string File, string ContentHash, int Size);
