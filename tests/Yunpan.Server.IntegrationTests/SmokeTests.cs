using System.Net;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests;

public sealed class SmokeTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Health_and_openapi_answer_anonymously()
    {
        using var http = factory.NewHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var openapi = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openapi.StatusCode);
        Assert.Contains("/api/v1/content/{path}", await openapi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_is_built_once_and_served_to_members_too()
    {
        using var anonymous = factory.NewHttpClient();
        var first = await anonymous.GetAsync("/openapi/v1.json");
        var member = await Members.NewAsync(factory);

        // A caller with credentials gets the same stored document (the Age header says it came from the cache).
        var again = await member.Http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(again.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_uploads_and_downloads_a_file()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/hello.txt", new MemoryStream("hi there"u8.ToArray()));
        using var download = await member.Client.DownloadAsync("/hello.txt");
        Assert.Equal("hi there", await download.Content.ReadAsStringAsync());
    }
}
