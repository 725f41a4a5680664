using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>Every member starts on VIP98, a plan with the folderDownload capability.</summary>
public sealed class VipFactory() : YunpanFactory(new Dictionary<string, string?> { ["Plans:DefaultPlan"] = "vip98" });

/// <summary>D-5 folder download: GET /api/v1/archive/{path} streams a zip of the folder.</summary>
public sealed class ArchiveTests(VipFactory factory) : IClassFixture<VipFactory>
{
    /// <summary>Downloads the archive of <paramref name="path"/>, checks the response framing and opens the zip.</summary>
    private static async Task<(ZipArchive Zip, HttpResponseMessage Response)> DownloadAsync(Member member, string path)
    {
        var response = await member.Client.DownloadFolderAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.True(response.Headers.TransferEncodingChunked);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read), response);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Dictionary<string, byte[]> Files(ZipArchive zip) =>
        zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, Read, StringComparer.Ordinal);

    private static List<string> Folders(ZipArchive zip) =>
        zip.Entries.Where(e => e.FullName.EndsWith('/')).Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();

    /// <summary>The entry time: the node's time in the server's zone (the tests run beside it), at the 2 s of a DOS time.</summary>
    private static DateTime ZipTime(DateTimeOffset modifiedAt)
    {
        var local = modifiedAt.ToLocalTime().DateTime;
        return new DateTime(local.Ticks - (local.Ticks % (2 * TimeSpan.TicksPerSecond)), DateTimeKind.Unspecified);
    }

    private static async Task UploadAsync(Member member, string path, byte[] bytes) =>
        await member.Client.UploadAsync(path, new MemoryStream(bytes), parents: true);

    [Fact]
    public async Task A_folder_downloads_as_a_zip_of_everything_below_it_byte_for_byte()
    {
        var member = await Members.NewAsync(factory);
        var files = new Dictionary<string, byte[]>
        {
            ["a.txt"] = Content.Bytes(1, 1_000),
            ["sub/b.bin"] = Content.Bytes(2, 300_000),
            ["sub/deeper/c.bin"] = Content.Bytes(3, 70_000),
            ["sub/deeper/empty.txt"] = [],
            ["照片/春节 2026.jpg"] = Content.Bytes(4, 5_000),
        };
        foreach (var (relative, bytes) in files)
        {
            await UploadAsync(member, "/docs/" + relative, bytes);
            factory.Clock.Advance(TimeSpan.FromMinutes(3));
        }

        await member.Client.CreateFolderAsync("/docs/empty folder");
        await member.Client.CreateFolderAsync("/docs/sub/空的");
        await UploadAsync(member, "/outside.txt", Content.Bytes(5, 10));

        var (zip, response) = await DownloadAsync(member, "/docs");
        using (zip)
        using (response)
        {
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("docs.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

            var inZip = Files(zip);
            Assert.Equal(files.Keys.Order(StringComparer.Ordinal), inZip.Keys.Order(StringComparer.Ordinal));
            foreach (var (relative, bytes) in files)
            {
                Assert.Equal(bytes, inZip[relative]);
            }

            Assert.Equal(["empty folder/", "sub/", "sub/deeper/", "sub/空的/", "照片/"], Folders(zip));

            // Stored, not deflated; times as in the drive; parents come before their children.
            Assert.All(zip.Entries, e => Assert.Equal(e.Length, e.CompressedLength));
            foreach (var entry in zip.Entries)
            {
                var node = await member.Client.StatAsync("/docs/" + entry.FullName.TrimEnd('/'));
                Assert.Equal(ZipTime(node.ModifiedAt), entry.LastWriteTime.DateTime);
            }

            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.True(names.IndexOf("sub/") < names.IndexOf("sub/b.bin"));
            Assert.True(names.IndexOf("sub/deeper/") < names.IndexOf("sub/deeper/c.bin"));
        }
    }

    [Fact]
    public async Task The_root_downloads_the_whole_drive_as_yunpan_zip()
    {
        var member = await Members.NewAsync(factory);
        var a = Content.Bytes(10, 2_000);
        var b = Content.Bytes(11, 3_000);
        await UploadAsync(member, "/a.txt", a);
        await UploadAsync(member, "/folder/b.txt", b);
        await member.Client.CreateFolderAsync("/nothing here");

        var (zip, response) = await DownloadAsync(member, "/");
        using (zip)
        using (response)
        {
            Assert.Equal("Yunpan.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
            var inZip = Files(zip);
            Assert.Equal(2, inZip.Count);
            Assert.Equal(a, inZip["a.txt"]);
            Assert.Equal(b, inZip["folder/b.txt"]);
            Assert.Equal(["folder/", "nothing here/"], Folders(zip));
        }

        // Without a trailing slash too.
        using var bare = await Raw.SendAsync(member, HttpMethod.Get, "/api/v1/archive");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        using var again = new ZipArchive(new MemoryStream(await bare.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(4, again.Entries.Count);
    }

    [Fact]
    public async Task An_empty_folder_is_an_empty_zip()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/blank");

        var (zip, response) = await DownloadAsync(member, "/blank");
        using (zip)
        using (response)
        {
            Assert.Empty(zip.Entries);
        }
    }

    [Fact]
    public async Task A_chinese_folder_name_is_sent_with_rfc_5987()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/我的文档/报告.pdf", Content.Bytes(20, 100));

        var (zip, response) = await DownloadAsync(member, "/我的文档");
        using (zip)
        using (response)
        {
            var header = string.Join(";", response.Content.Headers.GetValues("Content-Disposition"));
            Assert.Contains("filename*=UTF-8''%E6%88%91%E7%9A%84%E6%96%87%E6%A1%A3.zip", header, StringComparison.Ordinal);
            Assert.Equal("我的文档.zip", response.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("报告.pdf", Assert.Single(zip.Entries).FullName);
        }
    }

    [Fact]
    public async Task Trashed_items_are_left_out()
    {
        var member = await Members.NewAsync(factory);
        var kept = Content.Bytes(30, 500);
        await UploadAsync(member, "/box/kept.txt", kept);
        await UploadAsync(member, "/box/gone.txt", Content.Bytes(31, 500));
        await UploadAsync(member, "/box/old/inside.txt", Content.Bytes(32, 500));
        await member.Client.DeleteAsync("/box/gone.txt");
        await member.Client.DeleteAsync("/box/old");

        var (zip, response) = await DownloadAsync(member, "/box");
        using (zip)
        using (response)
        {
            Assert.Equal(["kept.txt"], zip.Entries.Select(e => e.FullName));
            Assert.Equal(kept, Read(zip.Entries[0]));
        }
    }

    [Fact]
    public async Task Neither_neighbours_with_a_common_prefix_nor_another_members_files_are_included()
    {
        var member = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        var mine = Content.Bytes(40, 800);
        await UploadAsync(member, "/docs/mine.txt", mine);
        await UploadAsync(member, "/docs2/next door.txt", Content.Bytes(41, 10));
        await UploadAsync(member, "/docs x/space.txt", Content.Bytes(42, 10));
        await UploadAsync(member, "/docs.old/dot.txt", Content.Bytes(43, 10));
        await UploadAsync(other, "/docs/theirs.txt", Content.Bytes(44, 10));
        await UploadAsync(other, "/docs/sub/deep.txt", Content.Bytes(45, 10));

        var (zip, response) = await DownloadAsync(member, "/docs");
        using (zip)
        using (response)
        {
            Assert.Equal(["mine.txt"], zip.Entries.Select(e => e.FullName));
            Assert.Equal(mine, Read(zip.Entries[0]));
        }

        var (all, rootResponse) = await DownloadAsync(member, "/");
        using (all)
        using (rootResponse)
        {
            Assert.DoesNotContain(all.Entries, e => e.FullName.Contains("theirs", StringComparison.Ordinal) || e.FullName.Contains("deep", StringComparison.Ordinal));
            Assert.Equal(8, all.Entries.Count); // four folders, four files
        }
    }

    [Fact]
    public async Task Errors_before_the_first_byte_are_problem_json()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/folder/file.txt", Content.Bytes(50, 10));

        using var missing = await Raw.SendAsync(member, HttpMethod.Get, "/api/v1/archive/nowhere");
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not_found");

        using var file = await Raw.SendAsync(member, HttpMethod.Get, "/api/v1/archive/folder/file.txt");
        await Problem.AssertAsync(file, HttpStatusCode.Conflict, "not_a_folder");

        using var anonymous = factory.NewHttpClient();
        using var unauthorized = await anonymous.GetAsync(new Uri("/api/v1/archive/folder", UriKind.Relative));
        await Problem.AssertAsync(unauthorized, HttpStatusCode.Unauthorized, "unauthorized");

        var e = await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.DownloadFolderAsync("/nowhere"));
        Assert.Equal("not_found", e.Code);
    }

    [Fact]
    public async Task Content_missing_from_storage_breaks_the_transfer_instead_of_finishing_a_truncated_zip()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/broken/a.bin", Content.Bytes(60, 200_000)); // enough for the response to start
        var lost = Content.Bytes(61, 1_000);
        await UploadAsync(member, "/broken/b.bin", lost);
        File.Delete(Disk.BlobPath(factory, Content.Sha256(lost)));

        using var response = await member.Client.DownloadFolderAsync("/broken");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failure = await Record.ExceptionAsync(() => response.Content.ReadAsByteArrayAsync());
        Assert.True(failure is HttpRequestException or IOException, $"Expected the transfer to break, got {failure?.GetType().Name ?? "a complete body"}");
    }

    [Fact]
    public async Task Two_thousand_files_stream_through()
    {
        // 50 uploaded files and 39 copies of their folder (copies share the blobs): 2 000 files, 41 folders. The
        // headers and data descriptors alone are far more than one write chunk, so buffering is exercised too.
        var member = await Members.NewAsync(factory);
        var contents = Enumerable.Range(0, 50).Select(i => Content.Bytes(100 + i, i * 37)).ToList();
        for (var i = 0; i < contents.Count; i++)
        {
            await UploadAsync(member, $"/many/part-00/file-{i:D2}.bin", contents[i]);
        }

        for (var copy = 1; copy < 40; copy++)
        {
            await member.Client.CopyAsync("/many/part-00", $"/many/part-{copy:D2}");
        }

        var (zip, response) = await DownloadAsync(member, "/many");
        using (zip)
        using (response)
        {
            Assert.Equal(40, Folders(zip).Count);
            var files = Files(zip);
            Assert.Equal(2_000, files.Count);
            for (var copy = 0; copy < 40; copy++)
            {
                for (var i = 0; i < contents.Count; i++)
                {
                    Assert.Equal(contents[i], files[$"part-{copy:D2}/file-{i:D2}.bin"]);
                }
            }
        }
    }
}

/// <summary>D-5: folder download is for VIP plans only; Standard (the default plan) is refused before any byte.</summary>
public sealed class ArchivePlanTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task A_standard_member_is_refused_with_folder_download_not_in_plan()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/docs/a.txt", new MemoryStream(Content.Bytes(1, 10)), parents: true);

        using var response = await Raw.SendAsync(member, HttpMethod.Get, "/api/v1/archive/docs");
        var problem = await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "folder_download_not_in_plan");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("VIP98", detail, StringComparison.Ordinal);
        Assert.Contains("Gold VIP", detail, StringComparison.Ordinal);
        Assert.Contains("Standard", detail, StringComparison.Ordinal);
        Assert.Equal("standard", problem.GetProperty("plan").GetString());
        Assert.Null(response.Content.Headers.ContentDisposition);

        // The plan is checked first: a Standard member learns the rule even for a path that does not exist.
        using var missing = await Raw.SendAsync(member, HttpMethod.Get, "/api/v1/archive/nowhere");
        await Problem.AssertAsync(missing, HttpStatusCode.Forbidden, "folder_download_not_in_plan");

        var e = await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.DownloadFolderAsync("/"));
        Assert.Equal(HttpStatusCode.Forbidden, e.Status);
        Assert.Equal("folder_download_not_in_plan", e.Code);
    }
}
