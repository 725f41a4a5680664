using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.Storage;
using Yunpan.Storage.Collection;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>
/// Content-addressed storage seen from outside: identical content is stored once, and a blob nobody references is
/// deleted only after the collection grace period (Storage:CollectionGrace), measured with the fake clock.
/// </summary>
public sealed class DedupAndCollectionTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    private TimeSpan Grace => factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value.CollectionGrace;

    private async Task<int> CollectAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BlobCollector>().CollectAsync(CancellationToken.None);
    }

    private static async Task<string> DownloadHashAsync(Member member, string path)
    {
        using var response = await member.Client.DownloadAsync(path);
        await using var body = await response.Content.ReadAsStreamAsync();
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(body));
    }

    [Fact]
    public async Task The_same_50MB_twice_is_one_blob_that_is_collected_only_after_the_grace_period()
    {
        Assert.Equal(TimeSpan.FromHours(1), Grace);
        var member = await Members.NewAsync(factory);
        var hash = Content.Sha256(seed: 50, FiftyMegabytes);
        var blob = Disk.BlobPath(factory, hash);
        var blobsBefore = Disk.BlobFiles(factory).Count;

        using (var first = await member.Http.PutAsync(UploadTests.Url("/movies/one.bin", "?parents=true"), Content.Stream(50, FiftyMegabytes, withLength: true)))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using (var second = await member.Http.PutAsync(UploadTests.Url("/backup/two.bin", "?parents=true"), Content.Stream(50, FiftyMegabytes, withLength: false)))
        {
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }

        Assert.Equal(blobsBefore + 1, Disk.BlobFiles(factory).Count);
        Assert.True(File.Exists(blob));
        Assert.Equal(FiftyMegabytes, new FileInfo(blob).Length);
        Assert.Empty(Disk.TempFiles(factory));
        Assert.Equal(hash, (await member.Client.StatAsync("/movies/one.bin")).Sha256);
        Assert.Equal(hash, (await member.Client.StatAsync("/backup/two.bin")).Sha256);
        Assert.Equal(2 * FiftyMegabytes, (await member.Client.MeAsync()).Quota.Used);
        Assert.Equal(hash, await DownloadHashAsync(member, "/backup/two.bin"));

        // Both references stay while the files are in the trash.
        await member.Client.DeleteAsync("/movies/one.bin");
        await member.Client.DeleteAsync("/backup");
        factory.Clock.Advance(Grace + TimeSpan.FromHours(1));
        await CollectAsync();
        Assert.True(File.Exists(blob));
        Assert.Equal(2 * FiftyMegabytes, (await member.Client.MeAsync()).Quota.Used);

        await member.Client.EmptyTrashAsync();
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Used);

        // Unreferenced now, but within the grace period.
        await CollectAsync();
        Assert.True(File.Exists(blob));
        factory.Clock.Advance(Grace - TimeSpan.FromMinutes(1));
        await CollectAsync();
        Assert.True(File.Exists(blob));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await CollectAsync() >= 1);
        Assert.False(File.Exists(blob));
        Assert.Equal(blobsBefore, Disk.BlobFiles(factory).Count);
        Assert.Equal(0, await CollectAsync());
    }

    [Fact]
    public async Task A_blob_still_referenced_by_a_copy_survives_collection()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(60, 300_000);
        await member.Client.UploadAsync("/original.bin", new MemoryStream(bytes));
        await member.Client.CopyAsync("/original.bin", "/copy.bin");
        await member.Client.UploadAsync("/folder/inner.bin", new MemoryStream(bytes), parents: true);
        await member.Client.CopyAsync("/folder", "/folder copy");

        await member.Client.DeleteAsync("/original.bin");
        await member.Client.DeleteAsync("/folder");
        await member.Client.EmptyTrashAsync();
        factory.Clock.Advance(Grace + TimeSpan.FromMinutes(1));
        await CollectAsync();

        Assert.True(File.Exists(Disk.BlobPath(factory, Content.Sha256(bytes))));
        Assert.Equal(Content.Sha256(bytes), await DownloadHashAsync(member, "/copy.bin"));
        Assert.Equal(Content.Sha256(bytes), await DownloadHashAsync(member, "/folder copy/inner.bin"));

        await member.Client.DeleteAsync("/copy.bin");
        await member.Client.DeleteAsync("/folder copy");
        await member.Client.EmptyTrashAsync();
        factory.Clock.Advance(Grace + TimeSpan.FromMinutes(1));
        await CollectAsync();
        Assert.False(File.Exists(Disk.BlobPath(factory, Content.Sha256(bytes))));
    }

    [Fact]
    public async Task Content_uploaded_again_during_the_grace_period_is_linked_and_kept()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(61, 200_000);
        await member.Client.UploadAsync("/first.bin", new MemoryStream(bytes));
        await member.Client.DeleteAsync("/first.bin");
        await member.Client.EmptyTrashAsync();
        factory.Clock.Advance(Grace - TimeSpan.FromMinutes(5));

        await member.Client.UploadAsync("/again.bin", new MemoryStream(bytes));
        factory.Clock.Advance(Grace + TimeSpan.FromMinutes(1));
        await CollectAsync();

        Assert.True(File.Exists(Disk.BlobPath(factory, Content.Sha256(bytes))));
        Assert.Equal(Content.Sha256(bytes), await DownloadHashAsync(member, "/again.bin"));
    }

    [Fact]
    public async Task Content_uploaded_after_collection_is_stored_again()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(62, 100_000);
        await member.Client.UploadAsync("/x.bin", new MemoryStream(bytes));
        await member.Client.DeleteAsync("/x.bin");
        await member.Client.EmptyTrashAsync();
        factory.Clock.Advance(Grace + TimeSpan.FromMinutes(1));
        await CollectAsync();
        Assert.False(File.Exists(Disk.BlobPath(factory, Content.Sha256(bytes))));

        await member.Client.UploadAsync("/x.bin", new MemoryStream(bytes));

        Assert.True(File.Exists(Disk.BlobPath(factory, Content.Sha256(bytes))));
        Assert.Equal(Content.Sha256(bytes), await DownloadHashAsync(member, "/x.bin"));
    }
}
