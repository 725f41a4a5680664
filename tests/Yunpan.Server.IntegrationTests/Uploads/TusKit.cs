using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Yunpan.Client;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Uploads;

/// <summary>tus 1.0 requests written out by hand, so that every header is exactly what the test says.</summary>
internal static class Tus
{
    public const string Base = "/api/v1/uploads";
    public const string OffsetType = "application/offset+octet-stream";

    /// <summary>Upload-Metadata from pairs; a null value gives a key without a value.</summary>
    public static string Metadata(params (string Key, string? Value)[] pairs) =>
        string.Join(',', pairs.Select(p => p.Value is null ? p.Key : $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    public static HttpRequestMessage Request(HttpMethod method, string url, string? version = "1.0.0")
    {
        var request = new HttpRequestMessage(method, url);
        if (version is not null)
        {
            request.Headers.Add("Tus-Resumable", version);
        }

        return request;
    }

    public static Task<HttpResponseMessage> CreateAsync(Member member, long? length, string? metadata, Action<HttpRequestMessage>? configure = null)
    {
        var request = Request(HttpMethod.Post, Base);
        if (length is not null)
        {
            request.Headers.Add("Upload-Length", length.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (metadata is not null)
        {
            request.Headers.Add("Upload-Metadata", metadata);
        }

        configure?.Invoke(request);
        return SendAndDisposeAsync(member.Http, request);
    }

    /// <summary>Creates an upload of <paramref name="length"/> bytes to <paramref name="path"/>; returns its URL.</summary>
    public static async Task<string> StartAsync(Member member, string path, long length, params (string Key, string? Value)[] extra)
    {
        var slash = path.LastIndexOf('/');
        var pairs = new List<(string, string?)> { ("filename", path[(slash + 1)..]), ("folder", slash == 0 ? "/" : path[..slash]) };
        pairs.AddRange(extra);
        using var response = await CreateAsync(member, length, Metadata([.. pairs]));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    public static async Task<string> StartPartAsync(Member member, long length)
    {
        using var response = await CreateAsync(member, length, null, r => r.Headers.Add("Upload-Concat", "partial"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal("partial", Header(response, "Upload-Concat"));
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> PatchAsync(Member member, string url, long offset, byte[] chunk, string contentType = OffsetType, string? checksum = null) =>
        PatchAsync(member.Http, url, offset, new ByteArrayContent(chunk), contentType, checksum);

    public static Task<HttpResponseMessage> PatchAsync(HttpClient http, string url, long offset, HttpContent body, string contentType = OffsetType, string? checksum = null)
    {
        var request = Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Content = body;
        return SendAndDisposeAsync(http, request);
    }

    public static Task<HttpResponseMessage> HeadAsync(Member member, string url) => HeadAsync(member.Http, url);

    public static Task<HttpResponseMessage> HeadAsync(HttpClient http, string url) => SendAndDisposeAsync(http, Request(HttpMethod.Head, url));

    public static Task<HttpResponseMessage> DeleteAsync(Member member, string url) => SendAndDisposeAsync(member.Http, Request(HttpMethod.Delete, url));

    /// <summary>The server's Upload-Offset for the upload (HEAD must answer 204).</summary>
    public static async Task<long> OffsetAsync(HttpClient http, string url)
    {
        using var response = await HeadAsync(http, url);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return long.Parse(Header(response, "Upload-Offset")!, CultureInfo.InvariantCulture);
    }

    public static Task<long> OffsetAsync(Member member, string url) => OffsetAsync(member.Http, url);

    /// <summary>Sends <paramref name="content"/> in chunks; returns the last response (the one that completes the upload).</summary>
    public static async Task<HttpResponseMessage> SendAllAsync(Member member, string url, byte[] content, int chunk, long from = 0)
    {
        HttpResponseMessage? last = null;
        for (var offset = from; offset < content.Length; offset += chunk)
        {
            last?.Dispose();
            var size = (int)Math.Min(chunk, content.Length - offset);
            last = await PatchAsync(member, url, offset, content.AsSpan((int)offset, size).ToArray());
            Assert.True(last.StatusCode == HttpStatusCode.NoContent, $"PATCH at {offset}: {(int)last.StatusCode} {await last.Content.ReadAsStringAsync()}");
            Assert.Equal(offset + size, long.Parse(Header(last, "Upload-Offset")!, CultureInfo.InvariantCulture));
        }

        return last!;
    }

    /// <summary>Asserts that nothing is at <paramref name="path"/> in the member's drive.</summary>
    public static async Task AssertAbsentAsync(Member member, string path)
    {
        var refused = await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.StatAsync(path));
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
    }

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    public static Guid IdOf(string url) => Guid.Parse(url.TrimEnd('/').Split('/')[^1]);

    public static string StagingPath(YunpanFactory factory, string url) => StagingPath(factory.DataDirectory, url);

    public static string StagingPath(string dataDirectory, string url) => Path.Combine(dataDirectory, "uploads", IdOf(url).ToString("N"));

    public static IReadOnlyList<string> StagingFiles(YunpanFactory factory)
    {
        var folder = Path.Combine(factory.DataDirectory, "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static async Task<HttpResponseMessage> SendAndDisposeAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        {
            return await http.SendAsync(request);
        }
    }
}

/// <summary>
/// Small limits for resumable uploads: the Standard plan holds 2 MB and accepts files of up to 1.5 MB; uploads expire
/// after 10 minutes and the background sweep runs only daily, so that tests see expired uploads before they are swept.
/// </summary>
public sealed class TusFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Plans:Catalog:0:Capacity"] = Capacity.ToString(CultureInfo.InvariantCulture),
    ["Plans:Catalog:0:MaxUpload"] = MaxUpload.ToString(CultureInfo.InvariantCulture),
    ["Drive:UploadExpiry"] = "00:10:00",
    ["Drive:UploadSweepInterval"] = "1.00:00:00",
})
{
    public const long Capacity = 2_000_000;
    public const long MaxUpload = 1_500_000;
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);
}
