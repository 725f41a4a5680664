using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>Requests sent exactly as written: no normalization of dot segments, escapes or slashes by .NET.</summary>
internal static class Raw
{
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public static Uri Url(Uri baseAddress, string pathAndQuery) =>
        new(baseAddress.GetLeftPart(UriPartial.Authority) + pathAndQuery, in Verbatim);

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpMethod method, string pathAndQuery, HttpContent? content = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, Url(http.BaseAddress!, pathAndQuery)) { Content = content };
        configure?.Invoke(request);
        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SendAsync(Member member, HttpMethod method, string pathAndQuery, HttpContent? content = null, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(member.Http, method, pathAndQuery, content, configure);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(Member member, string path, string json) =>
        SendAsync(member, HttpMethod.Post, path, Json(json));
}

/// <summary>Assertions on problem+json answers.</summary>
internal static class Problem
{
    /// <summary>Asserts the status, the media type and the stable code; returns the problem document.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        return AssertDocument(response, body, code);
    }

    /// <summary>Any 4xx, as long as it is problem+json with a code. Returns the code.</summary>
    public static async Task<string> AssertClientErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"Expected a 4xx, got {(int)response.StatusCode}: {body}");
        return AssertDocument(response, body, null).GetProperty("code").GetString()!;
    }

    private static JsonElement AssertDocument(HttpResponseMessage response, string body, string? code)
    {
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType,
            $"Expected application/problem+json for {(int)response.StatusCode}, got '{response.Content.Headers.ContentType}': {body}");
        var document = JsonDocument.Parse(body).RootElement.Clone();
        Assert.True(document.TryGetProperty("code", out var actual), $"No code in {body}");
        Assert.False(string.IsNullOrEmpty(actual.GetString()));
        if (code is not null)
        {
            Assert.Equal(code, actual.GetString());
        }

        Assert.Equal((int)response.StatusCode, document.GetProperty("status").GetInt32());
        return document;
    }
}

/// <summary>
/// Everything a member can observe about their drive: the live tree (one tab-separated line per node: kind, path,
/// size, sha256, modified; names cannot hold tabs), the trash and the quota.
/// </summary>
internal sealed record DriveState(IReadOnlyList<string> Tree, IReadOnlyList<string> Trash, long Used, long Files, long Versions, long TrashBytes)
{
    public static async Task<DriveState> CaptureAsync(Member member)
    {
        var tree = new List<string>();
        await WalkAsync(member, "/", tree);
        var trash = await member.Client.TrashAsync();
        var me = await member.Client.MeAsync();
        return new DriveState(
            tree,
            trash.Items.Select(t => $"{t.Id} {t.Kind} {t.OriginalPath} {t.Size}").ToList(),
            me.Quota.Used,
            me.Quota.Files,
            me.Quota.Versions,
            me.Quota.Trash);
    }

    /// <summary>Asserts that nothing observable changed since <paramref name="before"/>.</summary>
    public async Task AssertUnchangedAsync(Member member)
    {
        var after = await CaptureAsync(member);
        Assert.Equal(Tree, after.Tree);
        Assert.Equal(Trash, after.Trash);
        Assert.Equal(Used, after.Used);
        Assert.Equal(Files, after.Files);
        Assert.Equal(Versions, after.Versions);
        Assert.Equal(TrashBytes, after.TrashBytes);
    }

    private static async Task WalkAsync(Member member, string path, List<string> into)
    {
        for (var offset = 0; ; offset += 1000)
        {
            var page = await member.Client.ListAsync(path, offset: offset, limit: 1000);
            foreach (var item in page.Items)
            {
                into.Add($"{item.Kind}\t{item.Path}\t{item.Size}\t{item.Sha256}\t{item.ModifiedAt:O}");
                if (item.Kind == NodeKinds.Folder)
                {
                    await WalkAsync(member, item.Path, into);
                }
            }

            if (offset + page.Items.Count >= page.Total)
            {
                return;
            }
        }
    }
}

/// <summary>Deterministic content: small arrays, or large streams that are generated as they are read.</summary>
internal static class Content
{
    public static byte[] Bytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(int seed, long length)
    {
        using var stream = new SeededStream(seed, length, seekable: false);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static ByteArrayContent Body(byte[] bytes) => new(bytes);

    /// <summary>A body of <paramref name="length"/> generated bytes. Seekable: sent with Content-Length; otherwise chunked.</summary>
    public static StreamContent Stream(int seed, long length, bool withLength)
    {
        var content = new StreamContent(new SeededStream(seed, length, withLength), 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}

/// <summary>Bytes of a seeded <see cref="Random"/>, produced on demand; optionally seekable so that the length is known.</summary>
internal sealed class SeededStream(int seed, long length, bool seekable) : Stream
{
    private Random _random = new(seed);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _position : throw new NotSupportedException();
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        if (n <= 0)
        {
            return 0;
        }

        _random.NextBytes(buffer[..n]);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        if (!seekable || (target != 0 && target != _position))
        {
            throw new NotSupportedException("Only rewinding to the start is supported.");
        }

        if (target == 0)
        {
            _random = new Random(seed);
            _position = 0;
        }

        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>What the server keeps on disk under its data directory.</summary>
internal static class Disk
{
    public static IReadOnlyList<string> BlobFiles(YunpanFactory factory)
    {
        var blobs = Path.Combine(factory.DataDirectory, "blobs");
        return Directory.Exists(blobs) ? Directory.GetFiles(blobs, "*", SearchOption.AllDirectories) : [];
    }

    public static string BlobPath(YunpanFactory factory, string sha256) =>
        Path.Combine(factory.DataDirectory, "blobs", sha256[..2], sha256[2..4], sha256);

    public static IReadOnlyList<string> TempFiles(YunpanFactory factory)
    {
        var tmp = Path.Combine(factory.DataDirectory, "tmp");
        return Directory.Exists(tmp) ? Directory.GetFiles(tmp, "*", SearchOption.AllDirectories) : [];
    }
}
