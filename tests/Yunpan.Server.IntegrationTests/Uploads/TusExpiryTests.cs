using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Drive.Uploads;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Uploads;

/// <summary>
/// tus expiration: an upload untouched for Drive:UploadExpiry answers 410, stops reserving quota and is swept from
/// disk. Uploads expire after 10 minutes here; the background sweep runs daily, so the sweep is run by hand.
/// </summary>
public sealed class TusExpiryTests(TusFactory factory) : IClassFixture<TusFactory>
{
    private Task<int> SweepAsync() => factory.Services.GetRequiredService<ExpiredUploadSweeper>().SweepAsync(CancellationToken.None);

    [Fact]
    public async Task An_expired_upload_is_410_releases_its_reservation_and_is_swept_from_disk()
    {
        var member = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(member, "/old.bin", 1_200_000);
        using (var patch = await Tus.PatchAsync(member, url, 0, new byte[1_000]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        var staging = Tus.StagingPath(factory, url);
        Assert.True(File.Exists(staging));
        Assert.Equal(1_200_000, (await member.Client.MeAsync()).Quota.Uploads);

        factory.Clock.Advance(TusFactory.Expiry + TimeSpan.FromSeconds(1));

        using (var head = await Tus.HeadAsync(member, url))
        {
            Assert.Equal(HttpStatusCode.Gone, head.StatusCode);
        }

        using (var patch = await Tus.PatchAsync(member, url, 1_000, new byte[1_000]))
        {
            await Problem.AssertAsync(patch, HttpStatusCode.Gone, "upload_expired");
        }

        // No longer reserved: an upload that would not have fit beside it is accepted.
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
        var fresh = await Tus.StartAsync(member, "/new.bin", 1_200_000);

        Assert.True(await SweepAsync() >= 1);

        Assert.False(File.Exists(staging));
        Assert.True(File.Exists(Tus.StagingPath(factory, fresh)));
        using (var head = await Tus.HeadAsync(member, url))
        {
            Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        }

        Assert.Equal(0, await Tus.OffsetAsync(member, fresh));
        await Tus.AssertAbsentAsync(member, "/old.bin");
    }

    [Fact]
    public async Task Each_chunk_pushes_the_expiry_back()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(50, 3_000);
        var url = await Tus.StartAsync(member, "/slow.bin", content.Length);

        for (var offset = 0; offset < 2_000; offset += 1_000)
        {
            factory.Clock.Advance(TusFactory.Expiry - TimeSpan.FromMinutes(1));
            using var patch = await Tus.PatchAsync(member, url, offset, content[offset..(offset + 1_000)]);
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
            var expires = DateTimeOffset.Parse(Tus.Header(patch, "Upload-Expires")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(factory.Clock.GetUtcNow() + TusFactory.Expiry, expires, TimeSpan.FromSeconds(1));
        }

        factory.Clock.Advance(TusFactory.Expiry - TimeSpan.FromMinutes(1));
        await SweepAsync();
        using var last = await Tus.PatchAsync(member, url, 2_000, content[2_000..]);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/slow.bin")).Sha256);
    }

    [Fact]
    public async Task An_expired_part_cannot_be_joined()
    {
        var member = await Members.NewAsync(factory);
        var part = await Tus.StartPartAsync(member, 10);
        using (var patch = await Tus.PatchAsync(member, part, 0, new byte[10]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        factory.Clock.Advance(TusFactory.Expiry + TimeSpan.FromSeconds(1));

        using var final = await Tus.CreateAsync(member, null, Tus.Metadata(("filename", "j.bin")), r => r.Headers.Add("Upload-Concat", $"final;{part}"));
        await Problem.AssertAsync(final, HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await member.Client.ListAsync("/")).Items);
    }
}
