using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>
/// N-3: concurrent writers cannot silently overwrite each other (If-Match / If-None-Match hold under races), and an
/// upload that breaks off at any byte leaves nothing visible and nothing staged.
/// </summary>
public sealed class ConcurrencyTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private const int Writers = 8;

    [Fact]
    public async Task Of_concurrent_writers_with_the_same_If_Match_exactly_one_wins()
    {
        var member = await Members.NewAsync(factory);
        var current = await member.Client.UploadAsync("/contended.txt", new MemoryStream("base"u8.ToArray()));
        var etag = new EntityTagHeaderValue($"\"{current.Sha256}\"");

        var statuses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Put, "/api/v1/content/contended.txt",
                Content.Body(Encoding.UTF8.GetBytes($"writer {i}")), r => r.Headers.IfMatch.Add(etag));
            if (!response.IsSuccessStatusCode)
            {
                await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
            }

            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Writers - 1, statuses.Count(s => s == HttpStatusCode.PreconditionFailed));
        var version = Assert.Single((await member.Client.VersionsAsync("/contended.txt")).Items);
        Assert.Equal(current.Sha256, version.Sha256);
        using var download = await member.Client.DownloadAsync("/contended.txt");
        Assert.StartsWith("writer ", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_concurrent_creators_with_If_None_Match_star_exactly_one_wins()
    {
        var member = await Members.NewAsync(factory);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Put, "/api/v1/content/new/once.txt?parents=true",
                Content.Body(Encoding.UTF8.GetBytes($"creator {i}")), r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));
            if (!response.IsSuccessStatusCode)
            {
                await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
            }

            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Empty((await member.Client.VersionsAsync("/new/once.txt")).Items);
        Assert.Equal(2, (await DriveState.CaptureAsync(member)).Tree.Count);
    }

    [Fact]
    public async Task Concurrent_plain_overwrites_all_land_as_versions_and_nothing_is_lost()
    {
        var member = await Members.NewAsync(factory);
        var contents = Enumerable.Range(0, Writers).Select(i => Content.Bytes(900 + i, 10_000 + i)).ToArray();

        var responses = await Task.WhenAll(contents.Select(async bytes =>
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Put, "/api/v1/content/busy.bin", Content.Body(bytes));
            return response.StatusCode;
        }));

        Assert.All(responses, s => Assert.Equal(HttpStatusCode.Created, s));
        var listing = await member.Client.VersionsAsync("/busy.bin");
        var seen = listing.Items.Select(v => v.Sha256).Append(listing.File.Sha256).Order(StringComparer.Ordinal);
        Assert.Equal(contents.Select(Content.Sha256).Order(StringComparer.Ordinal), seen);
        Assert.Equal(contents.Sum(c => (long)c.Length), (await member.Client.MeAsync()).Quota.Used);
    }

    [Fact]
    public async Task Concurrent_folder_creation_and_uploads_with_parents_build_one_tree()
    {
        var member = await Members.NewAsync(factory);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Put, $"/api/v1/content/shared/deep/f{i}.txt?parents=true", Content.Body([(byte)i]));
            return response.StatusCode;
        }).Concat(Enumerable.Range(0, Writers).Select(async i =>
        {
            using var response = await Raw.PostJsonAsync(member, "/api/v1/folders", $$"""{"path":"/shared/deep/d{{i}}","parents":true}""");
            return response.StatusCode;
        })));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        var deep = await member.Client.ListAsync("/shared/deep");
        Assert.Equal(2 * Writers, deep.Total);
        Assert.Single((await member.Client.ListAsync("/")).Items);
        Assert.Single((await member.Client.ListAsync("/shared")).Items);
    }

    [Fact]
    public async Task An_upload_whose_body_ends_early_leaves_nothing()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/existing.txt", new MemoryStream("keep"u8.ToArray()));
        var before = await DriveState.CaptureAsync(member);
        var blobs = Disk.BlobFiles(factory).Count;

        foreach (var target in new[] { "/api/v1/content/partial.bin", "/api/v1/content/existing.txt" })
        {
            using var client = new TcpClient();
            await client.ConnectAsync(factory.BaseAddress.Host, factory.BaseAddress.Port);
            await using var stream = client.GetStream();
            var head = $"PUT {target} HTTP/1.1\r\nHost: {factory.BaseAddress.Authority}\r\nAuthorization: Bearer {member.Token}\r\n" +
                       "Content-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(Content.Bytes(5, 400_000));
            await stream.FlushAsync();
            client.Client.Shutdown(SocketShutdown.Send);

            // Whatever the server answers (if it can), the upload must not have happened.
            Assert.False(await AnsweredSuccessAsync(stream));
        }

        await WaitForNoTempFilesAsync();
        await before.AssertUnchangedAsync(member);
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count);
    }

    [Fact]
    public async Task An_upload_aborted_by_the_client_leaves_nothing()
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);
        var blobs = Disk.BlobFiles(factory).Count;

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(factory.BaseAddress.Host, factory.BaseAddress.Port);
            var stream = client.GetStream();
            var head = $"PUT /api/v1/content/aborted.bin HTTP/1.1\r\nHost: {factory.BaseAddress.Authority}\r\nAuthorization: Bearer {member.Token}\r\n" +
                       "Transfer-Encoding: chunked\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            var chunk = Content.Bytes(6, 64 * 1024);
            for (var i = 0; i < 8; i++)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
                await stream.WriteAsync(chunk);
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            await stream.FlushAsync();
            client.Client.LingerState = new LingerOption(true, 0);
        }

        await WaitForNoTempFilesAsync();
        await before.AssertUnchangedAsync(member);
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count);
    }

    /// <summary>Reads the status line, if the server sent one before closing the connection.</summary>
    private static async Task<bool> AnsweredSuccessAsync(Stream stream)
    {
        try
        {
            using var reader = new StreamReader(stream, Encoding.ASCII);
            var status = await reader.ReadLineAsync();
            return status is not null && status.StartsWith("HTTP/1.1 2", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // reset by the server: no answer, which is fine
        }
    }

    private async Task WaitForNoTempFilesAsync()
    {
        for (var i = 0; i < 100 && Disk.TempFiles(factory).Count > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Empty(Disk.TempFiles(factory));
    }
}
