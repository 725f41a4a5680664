using System.Net;
using System.Net.Http.Headers;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>GET and HEAD /api/v1/content/{path}: ETag, Last-Modified, Range, If-Range, conditional GETs, file names.</summary>
public sealed class DownloadTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static Task<HttpResponseMessage> GetAsync(Member member, string path, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null) =>
        Raw.SendAsync(member, method ?? HttpMethod.Get, UploadTests.Url(path), configure: configure);

    [Fact]
    public async Task Download_sends_the_bytes_with_a_strong_etag_last_modified_and_type()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(10, 70_000);
        var uploadedAt = factory.Clock.GetUtcNow();
        await member.Client.UploadAsync("/pictures/cat.png", new MemoryStream(bytes), parents: true);

        using var response = await GetAsync(member, "/pictures/cat.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{Content.Sha256(bytes)}\"", response.Headers.ETag?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal(new DateTimeOffset(uploadedAt.Year, uploadedAt.Month, uploadedAt.Day, uploadedAt.Hour, uploadedAt.Minute, uploadedAt.Second, TimeSpan.Zero), response.Content.Headers.LastModified);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(70_000, response.Content.Headers.ContentLength);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/doc.pdf", "inline")]
    [InlineData("/page.html", "attachment")] // script on this origin, with the member's session
    [InlineData("/drawing.svg", "attachment")]
    [InlineData("/notes.txt", "attachment")]
    public async Task Only_a_pdf_is_shown_inline_everything_else_is_an_attachment(string path, string disposition)
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync(path, new MemoryStream("<script>alert(document.cookie)</script>"u8.ToArray()));

        using var response = await Raw.SendAsync(member, HttpMethod.Get, UploadTests.Url(path) + "?inline=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(disposition, response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Head_sends_the_headers_without_the_body()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(11, 5_000);
        await member.Client.UploadAsync("/h.bin", new MemoryStream(bytes));

        using var response = await GetAsync(member, "/h.bin", method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5_000, response.Content.Headers.ContentLength);
        Assert.Equal($"\"{Content.Sha256(bytes)}\"", response.Headers.ETag?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_answers_206_with_content_range()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(12, 10_000);
        await member.Client.UploadAsync("/r.bin", new MemoryStream(bytes));

        using var middle = await GetAsync(member, "/r.bin", r => r.Headers.Range = new RangeHeaderValue(1_000, 1_999));
        Assert.Equal(HttpStatusCode.PartialContent, middle.StatusCode);
        Assert.Equal("bytes 1000-1999/10000", middle.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[1_000..2_000], await middle.Content.ReadAsByteArrayAsync());

        using var suffix = await GetAsync(member, "/r.bin", r => r.Headers.Range = new RangeHeaderValue(null, 100));
        Assert.Equal(HttpStatusCode.PartialContent, suffix.StatusCode);
        Assert.Equal("bytes 9900-9999/10000", suffix.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[9_900..], await suffix.Content.ReadAsByteArrayAsync());

        using var open = await GetAsync(member, "/r.bin", r => r.Headers.Range = new RangeHeaderValue(9_000, null));
        Assert.Equal(HttpStatusCode.PartialContent, open.StatusCode);
        Assert.Equal(bytes[9_000..], await open.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Parallel_ranges_of_one_file_reassemble_to_the_file()
    {
        var member = await Members.NewAsync(factory);
        const int Size = 3 * 1024 * 1024 + 17;
        var bytes = Content.Bytes(13, Size);
        await member.Client.UploadAsync("/parallel.bin", new MemoryStream(bytes));
        const int Parts = 7;
        var partSize = (Size + Parts - 1) / Parts;

        var parts = await Task.WhenAll(Enumerable.Range(0, Parts).Select(async i =>
        {
            long from = i * partSize;
            var to = Math.Min(Size, from + partSize) - 1;
            using var response = await member.Client.DownloadAsync("/parallel.bin", from, to);
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal(from, response.Content.Headers.ContentRange?.From);
            Assert.Equal(to, response.Content.Headers.ContentRange?.To);
            return await response.Content.ReadAsByteArrayAsync();
        }));

        Assert.Equal(Content.Sha256(bytes), Content.Sha256(parts.SelectMany(p => p).ToArray()));
    }

    [Fact]
    public async Task If_Range_with_the_current_etag_gives_the_range_and_with_a_stale_one_the_whole_file()
    {
        var member = await Members.NewAsync(factory);
        var old = Content.Bytes(14, 4_000);
        var current = Content.Bytes(15, 4_000);
        await member.Client.UploadAsync("/resume.bin", new MemoryStream(old));
        await member.Client.UploadAsync("/resume.bin", new MemoryStream(current));

        using var fresh = await GetAsync(member, "/resume.bin", r =>
        {
            r.Headers.Range = new RangeHeaderValue(2_000, null);
            r.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue($"\"{Content.Sha256(current)}\""));
        });
        Assert.Equal(HttpStatusCode.PartialContent, fresh.StatusCode);
        Assert.Equal(current[2_000..], await fresh.Content.ReadAsByteArrayAsync());

        using var stale = await GetAsync(member, "/resume.bin", r =>
        {
            r.Headers.Range = new RangeHeaderValue(2_000, null);
            r.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue($"\"{Content.Sha256(old)}\""));
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Null(stale.Content.Headers.ContentRange);
        Assert.Equal(current, await stale.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Conditional_gets_answer_304_when_the_client_is_up_to_date()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(16, 1_000);
        await member.Client.UploadAsync("/cached.bin", new MemoryStream(bytes));
        var etag = new EntityTagHeaderValue($"\"{Content.Sha256(bytes)}\"");

        using var byEtag = await GetAsync(member, "/cached.bin", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, byEtag.StatusCode);
        Assert.Empty(await byEtag.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, byEtag.Headers.ETag);

        using var otherEtag = await GetAsync(member, "/cached.bin", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{Content.Sha256([0])}\"")));
        Assert.Equal(HttpStatusCode.OK, otherEtag.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var byDate = await GetAsync(member, "/cached.bin", r => r.Headers.IfModifiedSince = factory.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
    }

    [Fact]
    public async Task An_unsatisfiable_range_is_416_problem_with_the_length()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/short.bin", new MemoryStream(Content.Bytes(17, 100)));

        using var response = await GetAsync(member, "/short.bin", r => r.Headers.Range = new RangeHeaderValue(500, 600));

        await Problem.AssertAsync(response, HttpStatusCode.RequestedRangeNotSatisfiable, "range_not_satisfiable");
        Assert.Equal("bytes */100", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task If_Match_on_a_download_that_does_not_hold_is_412_problem()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/m.bin", new MemoryStream([1, 2, 3]));

        using var response = await GetAsync(member, "/m.bin", r => r.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{Content.Sha256([9])}\"")));

        await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
    }

    [Fact]
    public async Task A_Chinese_file_name_goes_out_as_an_RFC_5987_filename()
    {
        var member = await Members.NewAsync(factory);
        const string Name = "报告 2026.pdf";
        await member.Client.UploadAsync("/" + Name, new MemoryStream(Content.Bytes(18, 2_000)));

        using var response = await GetAsync(member, "/" + Name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(Name, disposition.FileNameStar);
        var raw = string.Join(", ", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.Contains("filename*=UTF-8''%E6%8A%A5%E5%91%8A%202026.pdf", raw, StringComparison.Ordinal);
        Assert.True(raw.All(c => c < 128), raw);
    }

    [Fact]
    public async Task Folders_missing_and_trashed_files_do_not_download()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/folder");
        await member.Client.UploadAsync("/trashed.txt", new MemoryStream([1]));
        await member.Client.DeleteAsync("/trashed.txt");

        using (var folder = await GetAsync(member, "/folder"))
        {
            await Problem.AssertAsync(folder, HttpStatusCode.Conflict, "not_a_file");
        }

        using (var root = await Raw.SendAsync(member, HttpMethod.Get, "/api/v1/content/"))
        {
            await Problem.AssertAsync(root, HttpStatusCode.Conflict, "not_a_file");
        }

        foreach (var path in new[] { "/missing.txt", "/trashed.txt", "/folder/missing.txt", "/nowhere/x" })
        {
            using var missing = await GetAsync(member, path);
            await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not_found");
        }

        using var head = await GetAsync(member, "/missing.txt", method: HttpMethod.Head);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Names_with_spaces_percent_and_unicode_round_trip_through_the_url()
    {
        var member = await Members.NewAsync(factory);
        string[] names = ["100% done.txt", "a+b=c & d.txt", "#hash?.txt", "emoji 😀.txt", "𠀀 rare.txt", "semi;colon,comma'quote\".txt"];
        foreach (var name in names)
        {
            var bytes = Content.Bytes(name.Length, 100);
            var node = await member.Client.UploadAsync("/" + name, new MemoryStream(bytes));
            Assert.Equal(name, node.Name);
            using var download = await member.Client.DownloadAsync("/" + name);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }

        var listing = await member.Client.ListAsync("/");
        Assert.Equal(names.Order(StringComparer.Ordinal), listing.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
    }
}
