using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Uploads;

/// <summary>Every status path of the tus 1.0 protocol: discovery, creation, HEAD, PATCH, checksum and termination.</summary>
public sealed class TusProtocolTests(TusFactory factory) : IClassFixture<TusFactory>
{
    private static readonly string Meta = Tus.Metadata(("filename", "a.bin"));

    [Theory]
    [InlineData(Tus.Base)]
    [InlineData(Tus.Base + "/0196b0f2c5f47c2d9a3e3b1d2c4e5f60")]
    public async Task Options_tells_anyone_the_version_extensions_and_checksum_algorithms(string url)
    {
        using var http = factory.NewHttpClient();
        using var request = Tus.Request(HttpMethod.Options, url, version: null);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", Tus.Header(response, "Tus-Resumable"));
        Assert.Equal("1.0.0", Tus.Header(response, "Tus-Version"));
        var extensions = Tus.Header(response, "Tus-Extension")!.Split(',');
        Assert.Superset(new HashSet<string> { "creation", "creation-with-upload", "termination", "checksum", "expiration", "concatenation" }, extensions.ToHashSet());
        Assert.Contains("sha256", Tus.Header(response, "Tus-Checksum-Algorithm")!.Split(','));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0.2.2")]
    [InlineData("2.0.0")]
    public async Task A_request_without_tus_1_0_0_is_412_with_the_supported_version(string? version)
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);
        var staged = Tus.StagingFiles(factory).Count;
        using var request = Tus.Request(HttpMethod.Post, Tus.Base, version);
        request.Headers.Add("Upload-Length", "10");
        request.Headers.Add("Upload-Metadata", Meta);

        using var response = await member.Http.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "tus_version_unsupported");
        Assert.Equal("1.0.0", Tus.Header(response, "Tus-Version"));
        Assert.Equal("1.0.0", Tus.Header(response, "Tus-Resumable"));
        await before.AssertUnchangedAsync(member);
        Assert.Equal(staged, Tus.StagingFiles(factory).Count);
    }

    [Fact]
    public async Task Head_and_patch_without_the_version_are_412_too_and_change_nothing()
    {
        var member = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(member, "/v.bin", 10);

        using (var head = Tus.Request(HttpMethod.Head, url, version: null))
        using (var response = await member.Http.SendAsync(head))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
            Assert.Equal("1.0.0", Tus.Header(response, "Tus-Version"));
        }

        using (var patch = Tus.Request(HttpMethod.Patch, url, version: null))
        {
            patch.Headers.Add("Upload-Offset", "0");
            patch.Content = new ByteArrayContent(new byte[10]);
            patch.Content.Headers.ContentType = new(Tus.OffsetType);
            using var response = await member.Http.SendAsync(patch);
            await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "tus_version_unsupported");
        }

        Assert.Equal(0, await Tus.OffsetAsync(member, url));
    }

    [Fact]
    public async Task Creation_is_201_with_the_location_an_expiry_and_offset_0()
    {
        var member = await Members.NewAsync(factory);

        using var response = await Tus.CreateAsync(member, 1000, Meta);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(Tus.Base + "/", location, StringComparison.Ordinal);
        Assert.Equal("1.0.0", Tus.Header(response, "Tus-Resumable"));
        Assert.Equal("0", Tus.Header(response, "Upload-Offset"));
        var expires = DateTimeOffset.ParseExact(Tus.Header(response, "Upload-Expires")!, "R", CultureInfo.InvariantCulture);
        Assert.Equal(factory.Clock.GetUtcNow() + TusFactory.Expiry, expires, TimeSpan.FromSeconds(1));
        Assert.True(File.Exists(Tus.StagingPath(factory, location)));
        Assert.Equal(1000, (await member.Client.MeAsync()).Quota.Uploads);
    }

    public static TheoryData<string?, string?> BadCreations => new()
    {
        { null, Tus.Metadata(("filename", "a.bin")) }, // no Upload-Length
        { "-1", Tus.Metadata(("filename", "a.bin")) },
        { "ten", Tus.Metadata(("filename", "a.bin")) },
        { "10", null }, // no metadata at all
        { "10", Tus.Metadata(("folder", "/docs")) }, // no filename
        { "10", Tus.Metadata(("filename", "")) },
        { "10", "filename !!!not-base64" },
        { "10", "filename " + Convert.ToBase64String([0xff, 0xfe]) }, // not UTF-8
        { "10", Tus.Metadata(("filename", "a.bin")) + "," + Tus.Metadata(("filename", "b.bin")) }, // duplicate key
        { "10", Tus.Metadata(("filename", "a/b.bin")) },
        { "10", Tus.Metadata(("filename", "..")) },
        { "10", Tus.Metadata(("filename", ".")) },
        { "10", Tus.Metadata(("filename", "nul\0.bin")) },
        { "10", Tus.Metadata(("filename", "a.bin"), ("folder", "/docs/../../etc")) },
        { "10", Tus.Metadata(("filename", "a.bin"), ("folder", "../outside")) },
        { "10", Tus.Metadata(("filename", "a.bin"), ("folder", "/docs/./x")) },
        { "10", Tus.Metadata(("filename", "a.bin"), ("folder", "/a\\..\\b")) },
    };

    [Theory]
    [MemberData(nameof(BadCreations))]
    public async Task A_bad_creation_is_400_problem_json_and_creates_nothing(string? length, string? metadata)
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);
        var staged = Tus.StagingFiles(factory).Count;

        using var response = await Tus.CreateAsync(member, null, metadata, r =>
        {
            if (length is not null)
            {
                r.Headers.TryAddWithoutValidation("Upload-Length", length);
            }
        });

        var code = await Problem.AssertClientErrorAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, new[] { "validation_failed", "invalid_name", "invalid_path" });
        Assert.Null(response.Headers.Location);
        await before.AssertUnchangedAsync(member);
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
        Assert.Equal(staged, Tus.StagingFiles(factory).Count);
    }

    [Fact]
    public async Task Parents_false_into_a_missing_folder_is_refused_and_creates_nothing()
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);

        using var response = await Tus.CreateAsync(member, 10, Tus.Metadata(("filename", "a.bin"), ("folder", "/missing"), ("parents", "false")));

        await Problem.AssertAsync(response, HttpStatusCode.Conflict, "parent_not_found");
        await before.AssertUnchangedAsync(member);
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
    }

    [Fact]
    public async Task An_upload_over_the_plans_file_limit_is_413_file_too_large_at_creation()
    {
        var member = await Members.NewAsync(factory);
        var staged = Tus.StagingFiles(factory).Count;

        using var response = await Tus.CreateAsync(member, TusFactory.MaxUpload + 1, Meta);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        Assert.Equal(TusFactory.MaxUpload, problem.GetProperty("limit").GetInt64());
        Assert.Equal(staged, Tus.StagingFiles(factory).Count);
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);

        using var exact = await Tus.CreateAsync(member, TusFactory.MaxUpload, Meta);
        Assert.Equal(HttpStatusCode.Created, exact.StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_quota_is_507_quota_exceeded_at_creation()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/fill.bin", new MemoryStream(Content.Bytes(1, 1_000_000)));
        var before = await DriveState.CaptureAsync(member);
        var staged = Tus.StagingFiles(factory).Count;

        using var response = await Tus.CreateAsync(member, TusFactory.Capacity - 1_000_000 + 1, Meta);

        var problem = await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
        Assert.Equal(1_000_000, problem.GetProperty("used").GetInt64());
        await before.AssertUnchangedAsync(member);
        Assert.Equal(staged, Tus.StagingFiles(factory).Count);

        using var fits = await Tus.CreateAsync(member, TusFactory.Capacity - 1_000_000, Meta);
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
    }

    [Fact]
    public async Task Head_reports_the_offset_as_chunks_arrive_and_echoes_the_metadata()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(2, 30_000);
        var metadata = Tus.Metadata(("filename", "progress.bin"), ("folder", "/p"));
        using var created = await Tus.CreateAsync(member, content.Length, metadata);
        var url = created.Headers.Location!.OriginalString;

        for (var offset = 0; offset < 20_000; offset += 10_000)
        {
            using var head = await Tus.HeadAsync(member, url);
            Assert.Equal(HttpStatusCode.NoContent, head.StatusCode);
            Assert.Equal(offset.ToString(CultureInfo.InvariantCulture), Tus.Header(head, "Upload-Offset"));
            Assert.Equal("30000", Tus.Header(head, "Upload-Length"));
            Assert.Equal(metadata, Tus.Header(head, "Upload-Metadata"));
            Assert.Equal("no-store", Tus.Header(head, "Cache-Control"));
            Assert.Equal("1.0.0", Tus.Header(head, "Tus-Resumable"));
            using var patch = await Tus.PatchAsync(member, url, offset, content[offset..(offset + 10_000)]);
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
            Assert.Equal((offset + 10_000).ToString(CultureInfo.InvariantCulture), Tus.Header(patch, "Upload-Offset"));
            Assert.Null(Tus.Header(patch, "Yunpan-File-Id"));
        }

        Assert.Equal(20_000, await Tus.OffsetAsync(member, url));
        await Tus.AssertAbsentAsync(member, "/p/progress.bin");
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain")]
    public async Task A_patch_with_the_wrong_content_type_is_415_and_keeps_nothing(string contentType)
    {
        var member = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(member, "/ct.bin", 100);

        using var response = await Tus.PatchAsync(member, url, 0, new byte[50], contentType);

        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Equal(0, await Tus.OffsetAsync(member, url));
        Assert.Equal(0, new FileInfo(Tus.StagingPath(factory, url)).Length);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(50L)]
    [InlineData(200L)]
    public async Task A_patch_at_the_wrong_offset_is_409_with_the_servers_offset(long offset)
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(3, 300);
        var url = await Tus.StartAsync(member, "/offset.bin", content.Length);
        using (var first = await Tus.PatchAsync(member, url, 0, content[..100]))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        using var response = await Tus.PatchAsync(member, url, offset, content[..10]);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "upload_offset_mismatch");
        Assert.Equal(100, problem.GetProperty("offset").GetInt64());
        Assert.Equal(100, await Tus.OffsetAsync(member, url));
        using var rest = await Tus.SendAllAsync(member, url, content, 100, from: 100);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/offset.bin")).Sha256);
    }

    [Fact]
    public async Task A_patch_without_a_valid_offset_is_400()
    {
        var member = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(member, "/no-offset.bin", 100);
        using var request = Tus.Request(HttpMethod.Patch, url);
        request.Content = new ByteArrayContent(new byte[10]);
        request.Content.Headers.ContentType = new(Tus.OffsetType);

        using var response = await member.Http.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(0, await Tus.OffsetAsync(member, url));
    }

    [Theory]
    [InlineData(0, 101)]
    [InlineData(60, 41)]
    [InlineData(60, 1000)]
    public async Task A_chunk_beyond_upload_length_is_413_and_nothing_of_it_is_kept(int already, int chunk)
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(4, 100);
        var url = await Tus.StartAsync(member, "/long.bin", content.Length);
        if (already > 0)
        {
            using var first = await Tus.PatchAsync(member, url, 0, content[..already]);
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        using var response = await Tus.PatchAsync(member, url, already, Content.Bytes(5, chunk));

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "request_too_large");
        Assert.Equal(already, await Tus.OffsetAsync(member, url));
        Assert.Equal(already, new FileInfo(Tus.StagingPath(factory, url)).Length);
        using var rest = await Tus.SendAllAsync(member, url, content, 100, from: already);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/long.bin")).Sha256);
    }

    [Fact]
    public async Task An_unknown_upload_is_404_for_head_patch_and_delete()
    {
        var member = await Members.NewAsync(factory);
        var url = $"{Tus.Base}/{Guid.NewGuid():N}";

        using var head = await Tus.HeadAsync(member, url);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        using var patch = await Tus.PatchAsync(member, url, 0, new byte[5]);
        await Problem.AssertAsync(patch, HttpStatusCode.NotFound, "not_found");
        using var delete = await Tus.DeleteAsync(member, url);
        await Problem.AssertAsync(delete, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Another_members_upload_is_404_and_stays_untouched()
    {
        var owner = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        var content = Content.Bytes(6, 100);
        var url = await Tus.StartAsync(owner, "/mine.bin", content.Length);
        using (var first = await Tus.PatchAsync(owner, url, 0, content[..40]))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        using (var head = await Tus.HeadAsync(other, url))
        {
            Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        }

        using (var patch = await Tus.PatchAsync(other, url, 40, content[40..]))
        {
            await Problem.AssertAsync(patch, HttpStatusCode.NotFound, "not_found");
        }

        using (var delete = await Tus.DeleteAsync(other, url))
        {
            await Problem.AssertAsync(delete, HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal(40, await Tus.OffsetAsync(owner, url));
        Assert.Empty((await other.Client.ListAsync("/")).Items);
    }

    [Fact]
    public async Task Requests_without_credentials_are_401()
    {
        var owner = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(owner, "/anon.bin", 10);
        using var http = factory.NewHttpClient();

        using var create = Tus.Request(HttpMethod.Post, Tus.Base);
        create.Headers.Add("Upload-Length", "10");
        create.Headers.Add("Upload-Metadata", Meta);
        using var created = await http.SendAsync(create);
        Assert.Equal(HttpStatusCode.Unauthorized, created.StatusCode);
        using var head = await Tus.HeadAsync(http, url);
        Assert.Equal(HttpStatusCode.Unauthorized, head.StatusCode);
        using var patch = await Tus.PatchAsync(http, url, 0, new ByteArrayContent(new byte[10]));
        Assert.Equal(HttpStatusCode.Unauthorized, patch.StatusCode);
        Assert.Equal(0, await Tus.OffsetAsync(owner, url));
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("sha1")]
    public async Task A_chunk_with_a_correct_checksum_is_accepted(string algorithm)
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(7, 2_000);
        var url = await Tus.StartAsync(member, "/sum.bin", content.Length);

        for (var offset = 0; offset < content.Length; offset += 1_000)
        {
            var chunk = content[offset..(offset + 1_000)];
#pragma warning disable CA5350 // tus clients may announce sha1; the server must verify it
            var digest = algorithm == "sha256" ? SHA256.HashData(chunk) : SHA1.HashData(chunk);
#pragma warning restore CA5350
            using var response = await Tus.PatchAsync(member, url, offset, chunk, checksum: $"{algorithm} {Convert.ToBase64String(digest)}");
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/sum.bin")).Sha256);
        using var download = await member.Client.DownloadAsync("/sum.bin");
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_chunk_with_a_wrong_checksum_is_460_and_the_offset_stays()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(8, 2_000);
        var url = await Tus.StartAsync(member, "/bad-sum.bin", content.Length);
        using (var first = await Tus.PatchAsync(member, url, 0, content[..1_000], checksum: "sha256 " + Convert.ToBase64String(SHA256.HashData(content[..1_000]))))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        var wrong = "sha256 " + Convert.ToBase64String(SHA256.HashData(content[..1_000]));
        using (var response = await Tus.PatchAsync(member, url, 1_000, content[1_000..], checksum: wrong))
        {
            await Problem.AssertAsync(response, (HttpStatusCode)460, "checksum_mismatch");
        }

        Assert.Equal(1_000, await Tus.OffsetAsync(member, url));
        Assert.Equal(1_000, new FileInfo(Tus.StagingPath(factory, url)).Length);
        using (var retry = await Tus.PatchAsync(member, url, 1_000, content[1_000..], checksum: "sha256 " + Convert.ToBase64String(SHA256.HashData(content[1_000..]))))
        {
            Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
            Assert.NotNull(Tus.Header(retry, "Yunpan-File-Id"));
        }

        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/bad-sum.bin")).Sha256);
    }

    [Theory]
    [InlineData("md5 AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("crc32 AAAAAA==")]
    [InlineData("sha256 !!not base64!!")]
    public async Task An_unsupported_checksum_algorithm_or_digest_is_400_and_keeps_nothing(string checksum)
    {
        var member = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(member, "/algo.bin", 100);

        using var response = await Tus.PatchAsync(member, url, 0, new byte[100], checksum: checksum);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(0, await Tus.OffsetAsync(member, url));
    }

    [Fact]
    public async Task Termination_is_204_then_404_the_staging_file_is_gone_and_the_reservation_released()
    {
        var member = await Members.NewAsync(factory);
        var url = await Tus.StartAsync(member, "/gone.bin", 1_000);
        using (var patch = await Tus.PatchAsync(member, url, 0, new byte[400]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        Assert.True(File.Exists(Tus.StagingPath(factory, url)));
        Assert.Equal(1_000, (await member.Client.MeAsync()).Quota.Uploads);

        using (var delete = await Tus.DeleteAsync(member, url))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            Assert.Equal("1.0.0", Tus.Header(delete, "Tus-Resumable"));
        }

        Assert.False(File.Exists(Tus.StagingPath(factory, url)));
        using (var head = await Tus.HeadAsync(member, url))
        {
            Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        }

        using (var patch = await Tus.PatchAsync(member, url, 400, new byte[100]))
        {
            await Problem.AssertAsync(patch, HttpStatusCode.NotFound, "not_found");
        }

        using (var again = await Tus.DeleteAsync(member, url))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        var me = await member.Client.MeAsync();
        Assert.Equal(0, me.Quota.Uploads);
        Assert.Equal(0, me.Quota.Used);
        Assert.Empty((await member.Client.ListAsync("/")).Items);
    }
}
