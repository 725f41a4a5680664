using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.WebDav.Nextcloud;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>Nextcloud chunked uploads hold bytes outside the quota until they finish: few at once, and swept when abandoned.</summary>
public sealed class ChunkedUploadLimitFactory() : YunpanFactory(new Dictionary<string, string?> { ["WebDav:MaxOpenChunkedUploads"] = "2" });

public sealed class ChunkedUploadLimitTests(ChunkedUploadLimitFactory factory) : IClassFixture<ChunkedUploadLimitFactory>
{
    [Fact]
    public async Task A_member_has_few_open_uploads_and_abandoned_ones_are_swept()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        string Upload(string transfer) => $"/remote.php/dav/uploads/{member.Id}/{transfer}";

        foreach (var transfer in new[] { "t1", "t2" })
        {
            using var created = await Dav.SendAsync(http, "MKCOL", Upload(transfer));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var third = await Dav.SendAsync(http, "MKCOL", Upload("t3")))
        {
            Assert.Equal(HttpStatusCode.InsufficientStorage, third.StatusCode);
        }

        using (var chunk = await http.PutAsync(Upload("t1") + "/00001", new ByteArrayContent(new byte[1000])))
        {
            Assert.Equal(HttpStatusCode.Created, chunk.StatusCode);
        }

        // t2 was left two days ago; t1 got a chunk just now.
        var t2 = Path.Combine(factory.DataDirectory, "chunks", member.Id.ToString("N"), "t2");
        var old = DateTime.UtcNow.AddDays(-2);
        foreach (var file in Directory.EnumerateFiles(t2))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Directory.SetLastWriteTimeUtc(t2, old);

        Assert.Equal(1, factory.Services.GetRequiredService<ChunkStagingSweeper>().Sweep());
        Assert.False(Directory.Exists(t2));

        using var again = await Dav.SendAsync(http, "MKCOL", Upload("t3"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }
}
