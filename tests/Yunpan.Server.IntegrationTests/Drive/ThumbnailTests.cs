using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.Storage.Collection;
using Yunpan.Testing;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>GET /api/v1/thumbnails/{path}: rendered by the server, cached per content, collected with it.</summary>
public sealed class ThumbnailTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static Task<HttpResponseMessage> ThumbnailAsync(Member member, string path, int size, Action<HttpRequestMessage>? configure = null) =>
        Raw.SendAsync(member, HttpMethod.Get, $"/api/v1/thumbnails{path}?size={size}", configure: configure);

    private static (int Width, int Height) JpegSize(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "not a JPEG");
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is 0xC0 or 0xC2)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6]);
            }

            i += 2 + length;
        }

        throw new Xunit.Sdk.XunitException("no frame header in the JPEG");
    }

    [Fact]
    public async Task An_image_gets_a_jpeg_of_the_next_served_size_cached_by_content()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/pic.png", new MemoryStream(TestImages.Png(640)));

        using var first = await ThumbnailAsync(member, "/pic.png", 300); // rounded up to 512
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/jpeg", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal((512, 512), JpegSize(await first.Content.ReadAsByteArrayAsync()));

        var etag = first.Headers.ETag!;
        using var again = await ThumbnailAsync(member, "/pic.png", 300, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag)));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);

        // A small image is not enlarged.
        await member.Client.UploadAsync("/small.png", new MemoryStream(TestImages.Png(40)));
        using var small = await ThumbnailAsync(member, "/small.png", 256);
        Assert.Equal((40, 40), JpegSize(await small.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("/drawing.svg")]
    [InlineData("/notes.txt")]
    [InlineData("/fake.png")] // named like an image, not one
    public async Task Content_without_a_thumbnail_is_415(string path)
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync(path, new MemoryStream("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray()));
        await Problem.AssertAsync(await ThumbnailAsync(member, path, 256), HttpStatusCode.UnsupportedMediaType, ErrorCodes.NotAnImage);
    }

    [Fact]
    public async Task Another_members_image_is_404()
    {
        var owner = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        await owner.Client.UploadAsync("/mine.png", new MemoryStream(TestImages.Png(64)));
        await Problem.AssertAsync(await ThumbnailAsync(other, "/mine.png", 64), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Thumbnails_go_when_their_content_is_collected()
    {
        var member = await Members.NewAsync(factory);
        var png = TestImages.Png(100);
        var stored = await member.Client.UploadAsync("/gone.png", new MemoryStream(png));
        using (var rendered = await ThumbnailAsync(member, "/gone.png", 64))
        {
            Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        }

        var thumbnail = Path.Combine(factory.DataDirectory, "thumbnails", stored.Sha256![..2], $"{stored.Sha256}-64.jpg");
        Assert.True(File.Exists(thumbnail));

        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync("/api/v1/content/gone.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync("/api/v1/trash")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BlobCollector>().CollectAsync(CancellationToken.None);
        }

        Assert.False(File.Exists(thumbnail));
    }
}
